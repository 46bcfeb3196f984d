/**
 * The parts of Microsoft Graph v1.0 JSON this project reads. Every field is optional because Graph omits
 * what does not apply; readers must treat a missing field as "unknown", never as a default grant.
 */

/** `identity`: a user, group, application or device. */
export interface GraphIdentity {
  readonly id?: string;
  readonly displayName?: string;
  readonly email?: string;
  readonly loginName?: string;
}

/** `sharePointIdentitySet` (the V2 shape of `identitySet`). */
export interface GraphIdentitySet {
  readonly user?: GraphIdentity;
  readonly group?: GraphIdentity;
  readonly application?: GraphIdentity;
  readonly device?: GraphIdentity;
  readonly siteUser?: GraphIdentity;
  readonly siteGroup?: GraphIdentity;
}

/** `permission` on a driveItem (`GET /drives/{drive-id}/items/{item-id}/permissions`). */
export interface GraphPermission {
  readonly id?: string;
  readonly roles?: readonly string[];
  readonly grantedToV2?: GraphIdentitySet;
  readonly grantedToIdentitiesV2?: readonly GraphIdentitySet[];
  readonly link?: { readonly scope?: string; readonly type?: string; readonly webUrl?: string };
  readonly inheritedFrom?: { readonly driveId?: string; readonly id?: string; readonly path?: string };
  readonly invitation?: { readonly email?: string; readonly signInRequired?: boolean };
  readonly expirationDateTime?: string;
  readonly shareId?: string;
}

/** `driveItem` as `root/delta` returns it. */
export interface GraphDriveItem {
  readonly id: string;
  readonly name?: string;
  readonly eTag?: string;
  readonly cTag?: string;
  readonly webUrl?: string;
  readonly size?: number;
  readonly lastModifiedDateTime?: string;
  readonly createdBy?: GraphIdentitySet;
  readonly parentReference?: { readonly driveId?: string; readonly id?: string; readonly path?: string };
  readonly file?: { readonly mimeType?: string };
  readonly folder?: { readonly childCount?: number };
  readonly package?: { readonly type?: string };
  readonly root?: Record<string, unknown>;
  readonly deleted?: { readonly state?: string };
}

/** One page of a Graph collection. */
export interface GraphPage<T> {
  readonly value?: readonly T[];
  readonly '@odata.nextLink'?: string;
  readonly '@odata.deltaLink'?: string;
}

/** `sensitivityLabelAssignment`: one label on a file. */
export interface GraphSensitivityLabelAssignment {
  /** `standard`, `privileged`, `auto` or `unknownFutureValue`. */
  readonly assignmentMethod?: string;
  /** The Microsoft Purview label's id (a GUID). */
  readonly sensitivityLabelId?: string;
  readonly tenantId?: string;
}

/** `extractSensitivityLabelsResult` (`POST /drives/{drive-id}/items/{item-id}/extractSensitivityLabels`). */
export interface GraphExtractSensitivityLabelsResult {
  readonly labels?: readonly GraphSensitivityLabelAssignment[];
}
