import type {
  HnswAlgorithmConfiguration,
  LexicalAnalyzerName,
  SearchField,
  SearchFieldDataType,
  SearchIndex,
} from '@azure/search-documents';
import { z } from 'zod/v4';

const RestField = z.object({
  name: z.string(),
  type: z.string(),
  key: z.boolean().optional(),
  retrievable: z.boolean().optional(),
  stored: z.boolean().optional(),
  searchable: z.boolean().optional(),
  filterable: z.boolean().optional(),
  sortable: z.boolean().optional(),
  facetable: z.boolean().optional(),
  analyzer: z.string().optional(),
  dimensions: z.number().int().positive().optional(),
  vectorSearchProfile: z.string().optional(),
});

const RestSemanticField = z.object({ fieldName: z.string() });

/** The subset of the Azure AI Search REST `SearchIndex` JSON that `infra/search/*.json` may use. */
export const RestSearchIndex = z.object({
  name: z.string(),
  description: z.string().optional(),
  fields: z.array(RestField).min(1),
  scoringProfiles: z
    .array(z.object({ name: z.string(), text: z.object({ weights: z.record(z.string(), z.number()) }) }))
    .optional(),
  defaultScoringProfile: z.string().optional(),
  semantic: z
    .object({
      defaultConfiguration: z.string().optional(),
      configurations: z.array(
        z.object({
          name: z.string(),
          prioritizedFields: z.object({
            titleField: RestSemanticField.optional(),
            prioritizedContentFields: z.array(RestSemanticField).optional(),
            prioritizedKeywordsFields: z.array(RestSemanticField).optional(),
          }),
        }),
      ),
    })
    .optional(),
  vectorSearch: z
    .object({
      algorithms: z.array(
        z.object({
          name: z.string(),
          kind: z.literal('hnsw'),
          hnswParameters: z
            .object({
              m: z.number().optional(),
              efConstruction: z.number().optional(),
              efSearch: z.number().optional(),
              metric: z.enum(['cosine', 'euclidean', 'dotProduct', 'hamming']).optional(),
            })
            .optional(),
        }),
      ),
      profiles: z.array(z.object({ name: z.string(), algorithm: z.string() })),
    })
    .optional(),
});
export type RestSearchIndex = z.infer<typeof RestSearchIndex>;

function toSdkField(field: z.infer<typeof RestField>): SearchField {
  const sdk: SearchField = {
    name: field.name,
    type: field.type as SearchFieldDataType,
    key: field.key,
    hidden: field.retrievable === undefined ? undefined : !field.retrievable,
    stored: field.stored,
    searchable: field.searchable,
    filterable: field.filterable,
    sortable: field.sortable,
    facetable: field.facetable,
    analyzerName: field.analyzer as LexicalAnalyzerName | undefined,
    vectorSearchDimensions: field.dimensions,
    vectorSearchProfileName: field.vectorSearchProfile,
  };
  return Object.fromEntries(Object.entries(sdk).filter(([, value]) => value !== undefined)) as SearchField;
}

/**
 * Converts the REST wire shape (as documented for `PUT /indexes('name')`) into the SDK's `SearchIndex` model,
 * whose property names differ (`retrievable` -> `hidden`, `analyzer` -> `analyzerName`, `semantic` ->
 * `semanticSearch`, ...). Throws a zod error when the JSON is not the supported subset.
 */
export function restIndexToSdk(raw: unknown): SearchIndex {
  const rest = RestSearchIndex.parse(raw);
  const index: SearchIndex = { name: rest.name, fields: rest.fields.map(toSdkField) };
  if (rest.description) index.description = rest.description;
  if (rest.scoringProfiles) {
    index.scoringProfiles = rest.scoringProfiles.map((profile) => ({
      name: profile.name,
      textWeights: { weights: profile.text.weights },
    }));
  }
  if (rest.defaultScoringProfile) index.defaultScoringProfile = rest.defaultScoringProfile;
  if (rest.semantic) {
    index.semanticSearch = {
      defaultConfigurationName: rest.semantic.defaultConfiguration,
      configurations: rest.semantic.configurations.map((config) => ({
        name: config.name,
        prioritizedFields: {
          titleField: config.prioritizedFields.titleField
            ? { name: config.prioritizedFields.titleField.fieldName }
            : undefined,
          contentFields: config.prioritizedFields.prioritizedContentFields?.map((f) => ({
            name: f.fieldName,
          })),
          keywordsFields: config.prioritizedFields.prioritizedKeywordsFields?.map((f) => ({
            name: f.fieldName,
          })),
        },
      })),
    };
  }
  if (rest.vectorSearch) {
    index.vectorSearch = {
      algorithms: rest.vectorSearch.algorithms.map((algorithm): HnswAlgorithmConfiguration => ({
        name: algorithm.name,
        kind: 'hnsw',
        parameters: algorithm.hnswParameters,
      })),
      profiles: rest.vectorSearch.profiles.map((profile) => ({
        name: profile.name,
        algorithmConfigurationName: profile.algorithm,
      })),
    };
  }
  return index;
}
