// Azure resources for the knowledge assistant bot (deployed by the Agents Toolkit's arm/deploy, or by
// `az deployment group create -g <rg> -f infra/azure.bicep -p infra/azure.parameters.json` after filling the
// ${{...}} values by hand). docs/ADMIN.md explains each parameter.
//
// - App Service (Linux, Node 22, `instanceCount` instances) running `npm run serve`, HTTPS only, with an app
//   setting for every config variable the bot reads (empty ones are left out so the bot's defaults apply); no
//   secret in an app setting: the managed identity authenticates, optional keys are Key Vault references;
// - a user-assigned managed identity: the bot's Bot Framework identity (Azure Bot, UserAssignedMSI) and its Azure
//   credential (Key Vault, Storage, AI Search, Azure OpenAI, Application Insights, Microsoft Graph once its app
//   roles are granted - see docs/ADMIN.md);
// - Azure Bot (single tenant, managed identity) with the Microsoft Teams channel and the messaging endpoint;
// - Key Vault (RBAC) for optional secrets; Storage account (private blob container for backups and audit exports;
//   with stateBackend=azure also the shared state tables and the reports container the bot creates);
// - Log Analytics + Application Insights (OpenTelemetry traces and metrics, Entra-only ingestion);
// - optional Azure AI Search (SEARCH_BACKEND=azure; SKU, replicas, partitions) and optional Azure OpenAI (chat and
//   embedding deployments), each with the identity's data-plane role.
// Every resource goes to `location`, which must be one of `allowedRegions` (checked at deployment: fail()).

@description('Prefix of every resource name (3-11 lowercase letters and digits), e.g. kassistprod.')
@minLength(3)
@maxLength(11)
param resourceBaseName string

@description('Region of every resource (the Azure Bot itself is global). Must be one of allowedRegions.')
param location string = resourceGroup().location

@description('Regions the organisation allows for this workload (data residency), comma-separated; the deployment fails for any other location (ALLOWED_REGIONS; empty = defaultAllowedRegions below).')
param allowedRegions string = ''

@description('Geography of the Azure Bot Service (BOT_DATA_RESIDENCY): \'europe\' or \'india\' registers a regional bot (westeurope, centralindia) that keeps Bot Framework data in that geography; \'global\' the global one. Must be listed in allowedRegions.')
@allowed(['global', 'europe', 'india'])
param botDataResidency string = 'europe'

@description('App Service instances, 1 to 30 (INSTANCE_COUNT; empty = 1). More than one needs shared state: enableAiSearch=\'true\' (and the Azure Storage state backends).')
param instanceCount string = '1'

@description('App Service plan SKU (B1 or larger; Always On needs Basic or higher).')
param webAppSku string = 'B1'

@description('Name shown on cards (BOT_NAME, at most 30 characters).')
@maxLength(30)
param botDisplayName string = 'Knowledge Assistant'

@description('Client id of the API app (aadApp/create -> AAD_APP_CLIENT_ID): the audience of plugin API tokens.')
param pluginApiAudience string

@allowed(['debug', 'info', 'warn', 'error'])
param logLevel string = 'info'

@description('Milliseconds the bot waits for turns in flight on shutdown (SIGTERM) before closing (SHUTDOWN_TIMEOUT_MS, 0 to 120000).')
param shutdownTimeoutMs string = '10000'

@description('Days Log Analytics keeps logs and Application Insights telemetry.')
param logRetentionDays int = 30

@description('Hours a conversation\'s state (a question the bot asked and waits on; with a model, the planner\'s last messages) is kept after its last change (CONVERSATION_STATE_TTL_HOURS, 1 to 720).')
param conversationStateTtlHours string = '24'

@description('Retention in days (1 to 3650) of feedback with its answers, the answer log, audit records (purged behind a signed checkpoint), reports with their approvals, and embedded tickets; the bot purges every retentionPurgeIntervalHours (FEEDBACK_RETENTION_DAYS, ANSWER_LOG_RETENTION_DAYS, AUDIT_RETENTION_DAYS, REPORT_RETENTION_DAYS, TICKET_RETENTION_DAYS, RETENTION_PURGE_INTERVAL_HOURS).')
param feedbackRetentionDays string = '365'
param answerLogRetentionDays string = '180'
param auditRetentionDays string = '730'
param reportRetentionDays string = '90'
param ticketRetentionDays string = '730'
param retentionPurgeIntervalHours string = '24'

@description('Minutes a document or report link stays valid (LINK_TTL_MINUTES, 5 to 1440).')
param linkTtlMinutes string = '60'

@description('Minutes a reader stays signed in to open document and report links (SIGN_IN_SESSION_MINUTES, 5 to 720).')
param signInSessionMinutes string = '60'

@description('\'true\' creates an Azure AI Search service and uses it as the index (SEARCH_BACKEND=azure).')
@allowed(['true', 'false'])
param enableAiSearch string = 'false'
@allowed(['free', 'basic', 'standard', 'standard2', 'standard3', 'storage_optimized_l1', 'storage_optimized_l2'])
param aiSearchSku string = 'basic'
@description('Search replicas, 1 to 12 (AI_SEARCH_REPLICAS; empty = 1): 2 or more for the read SLA, 3 or more for read-write.')
param aiSearchReplicas string = '1'
@description('Search partitions: 1, 2, 3, 4, 6 or 12 (AI_SEARCH_PARTITIONS; empty = 1): index size and indexing throughput.')
param aiSearchPartitions string = '1'
param aiSearchIndexName string = 'knowledge'
param aiSearchSemanticConfiguration string = ''

@description('Worker threads the embedded index (no Azure AI Search) searches on per instance (INDEX_SEARCH_THREADS, 0 to 16).')
param indexSearchThreads string = '1'

@allowed(['file', 'graph'])
@description('Where group memberships come from: graph (Microsoft Graph, needs GroupMember.Read.All) or file.')
param directoryBackend string = 'graph'
param directoryFile string = ''
@description('Drives to ingest: driveId[:brand[:language]] entries separated by commas (GRAPH_DRIVES).')
param graphDrives string = ''

@description('The organisation profile (names, brands, glossary, ticket categories, examples): a path in the deployed code, relative to its root (ORGANISATION_PROFILE). Empty: the neutral profile.')
param organisationProfile string = ''

@description('Principals that may read a document with no access list of its own, comma-separated (KNOWLEDGE_DEFAULT_ACCESS). Empty: nobody (fail closed).')
param knowledgeDefaultAccess string = ''

@description('A copy of the audit trail\'s signed head outside DATA_DIR (AUDIT_HEAD_ANCHOR): restoring or rolling back the data folder is then detected at start-up and by audit:verify.')
param auditHeadAnchor string = '/home/audit/audit-head.json'

@allowed(['embedded', 'azure'])
@description('Where shared state lives (STATE_BACKEND): embedded (SQLite under DATA_DIR, one instance) or azure (Table Storage in the storage account below, through the managed identity; needed for more than one instance).')
param stateBackend string = 'embedded'

@secure()
@description('The audit head signing key (AUDIT_HEAD_KEY, 32+ characters), kept in Key Vault; required with stateBackend azure, where every instance signs the one chain.')
param auditHeadKey string = ''

@allowed(['embedded', 'azure-devops'])
param ticketBackend string = 'embedded'
param azureDevOpsOrgUrl string = ''
param azureDevOpsProject string = ''
param azureDevOpsAreaPath string = ''
param azureDevOpsWorkItemType string = 'Issue'
@secure()
@description('Optional Azure DevOps PAT; leave empty to use the managed identity (added as a DevOps user).')
param azureDevOpsPat string = ''

@allowed(['none', 'openai', 'azure-openai'])
param modelProvider string = 'none'
param azureOpenAiEndpoint string = ''
@description('Region of an existing azureOpenAiEndpoint (AZURE_OPENAI_REGION; the bot refuses to start when it is not in allowedRegions).')
param azureOpenAiRegion string = ''
param azureOpenAiDeployment string = ''
param azureOpenAiApiVersion string = '2024-10-21'
@secure()
@description('Optional Azure OpenAI key; leave empty to use the managed identity (Cognitive Services OpenAI User).')
param azureOpenAiApiKey string = ''
param openAiBaseUrl string = ''
@description('Region of the openAiBaseUrl server (OPENAI_REGION; required with allowedRegions unless it is on loopback).')
param openAiRegion string = ''
param openAiModel string = ''
@secure()
param openAiApiKey string = ''
param modelTimeoutMs string = '30000'

@description('\'true\' creates an Azure OpenAI account with a chat and an embedding deployment and points the bot at them (MODEL_PROVIDER=azure-openai, managed identity, no key).')
@allowed(['true', 'false'])
param enableAzureOpenAi string = 'false'
param azureOpenAiChatModel string = 'gpt-4o-mini'
param azureOpenAiChatModelVersion string = '2024-07-18'
@description('Chat deployment capacity in thousands of tokens per minute.')
param azureOpenAiChatCapacity int = 30
param azureOpenAiEmbeddingModel string = 'text-embedding-3-small'
param azureOpenAiEmbeddingModelVersion string = '1'
param azureOpenAiEmbeddingCapacity int = 30

@allowed(['none', 'openai', 'azure-openai'])
@description('Embeddings for Azure AI Search hybrid queries (needs enableAiSearch=\'true\'); none = keyword search only.')
param embeddingProvider string = 'none'
param azureOpenAiEmbeddingDeployment string = ''
param openAiEmbeddingModel string = ''
@description('Vector length; needed only for models whose length the bot does not know by name.')
param embeddingDimensions string = ''

@description('Entra object id (and name) of the second person who approves customer/external report exports.')
param reportApproverId string = ''
param reportApproverName string = ''
@description('Entra group (object id) whose members may open the admin console (/admin); empty = console off.')
param adminGroupId string = ''
@description('Entra group (object id) of the admins who may see people\'s names in the console; others see pseudonyms.')
param adminNamesGroupId string = ''
@allowed(['embedded', 'onedrive'])
@description('Where exported reports go: embedded (DATA_DIR, downloaded through the bot) or onedrive (the author\'s OneDrive; needs Files.ReadWrite.All).')
param reportStore string = 'embedded'

@secure()
@description('Optional HMAC secret (32+ characters) for document links; empty = generated once under DATA_DIR.')
param linkSigningSecret string = ''

var useSearch = enableAiSearch == 'true'
var useOpenAi = enableAzureOpenAi == 'true'
// Deployment-time checks: fail() stops the deployment with its message (Bicep CLI 0.33.93 or later).
// `europe` is the Azure Bot Service's European geography (botDataResidency), not a location.
var defaultAllowedRegions = 'westeurope,northeurope,swedencentral,germanywestcentral,francecentral,uksouth,europe'
var regionList = empty(allowedRegions) ? defaultAllowedRegions : allowedRegions
var regions = map(split(regionList, ','), region => toLower(trim(region)))
var deployLocation = contains(regions, toLower(location)) ? location : fail('location \'${location}\' is not in allowedRegions (${regionList})')
var checkedBotResidency = contains(regions, botDataResidency) ? botDataResidency : fail('botDataResidency \'${botDataResidency}\' is not in allowedRegions (${regionList})')
// A regional Azure Bot is created in its geography's region; the global one is 'global'.
var botLocation = checkedBotResidency == 'europe' ? 'westeurope' : (checkedBotResidency == 'india' ? 'centralindia' : 'global')
var instances = empty(instanceCount) ? 1 : int(instanceCount)
var checkedInstances = instances < 1 || instances > 30 ? fail('instanceCount must be 1 to 30') : (instances > 1 && !useSearch ? fail('instanceCount > 1 needs enableAiSearch=\'true\': the embedded index is a file of one instance') : instances)
var searchReplicas = empty(aiSearchReplicas) ? 1 : int(aiSearchReplicas)
var searchPartitions = empty(aiSearchPartitions) ? 1 : int(aiSearchPartitions)
var checkedReplicas = searchReplicas >= 1 && searchReplicas <= 12 ? searchReplicas : fail('aiSearchReplicas must be 1 to 12')
var checkedPartitions = contains([1, 2, 3, 4, 6, 12], searchPartitions) ? searchPartitions : fail('aiSearchPartitions must be 1, 2, 3, 4, 6 or 12')
var suffix = uniqueString(resourceGroup().id, resourceBaseName)
var names = {
  identity: '${resourceBaseName}-id'
  plan: '${resourceBaseName}-plan'
  site: '${resourceBaseName}-${suffix}'
  bot: '${resourceBaseName}-bot'
  vault: take('${resourceBaseName}kv${suffix}', 24)
  storage: take('${resourceBaseName}st${suffix}', 24)
  search: '${resourceBaseName}-search-${suffix}'
  openAi: '${resourceBaseName}-oai-${suffix}'
  logs: '${resourceBaseName}-logs-${suffix}'
  appInsights: '${resourceBaseName}-appi-${suffix}'
}
var roles = {
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  searchIndexDataContributor: '8ebe5a00-799e-43f5-93ac-243d3dce84a7'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  searchServiceContributor: '7ca78c08-252a-4471-8644-bb5ff32d4ba0'
  cognitiveServicesOpenAiUser: '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: deployLocation
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: names.vault
  location: deployLocation
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource devOpsPatSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(azureDevOpsPat)) {
  parent: vault
  name: 'azure-devops-pat'
  properties: { value: azureDevOpsPat }
}

resource azureOpenAiKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(azureOpenAiApiKey)) {
  parent: vault
  name: 'azure-openai-api-key'
  properties: { value: azureOpenAiApiKey }
}

resource openAiKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(openAiApiKey)) {
  parent: vault
  name: 'openai-api-key'
  properties: { value: openAiApiKey }
}

resource auditHeadKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(auditHeadKey)) {
  parent: vault
  name: 'audit-head-key'
  properties: { value: auditHeadKey }
}

resource linkSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(linkSigningSecret)) {
  parent: vault
  name: 'link-signing-secret'
  properties: { value: linkSigningSecret }
}

resource vaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: names.storage
  location: deployLocation
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-01-01' = {
  parent: storage
  name: 'default'
}

resource backups 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-01-01' = {
  parent: blobService
  name: 'backups'
  properties: { publicAccess: 'None' }
}

resource storageContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, roles.storageBlobDataContributor)
  scope: storage
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
  }
}

// Shared state (STATE_BACKEND=azure): the bot creates its tables at start-up.
resource storageTableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, roles.storageTableDataContributor)
  scope: storage
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
  }
}

resource search 'Microsoft.Search/searchServices@2023-11-01' = if (useSearch) {
  name: names.search
  location: deployLocation
  sku: { name: aiSearchSku }
  properties: {
    replicaCount: checkedReplicas
    partitionCount: checkedPartitions
    publicNetworkAccess: 'enabled'
    // Entra ID only (the managed identity's roles below): no admin or query keys.
    disableLocalAuth: true
    semanticSearch: aiSearchSku == 'free' ? 'disabled' : 'free'
  }
}

resource searchContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (useSearch) {
  name: guid(resourceGroup().id, names.search, identity.id, roles.searchIndexDataContributor)
  scope: search
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.searchIndexDataContributor)
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: names.logs
  location: deployLocation
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: logRetentionDays
  }
}

// Traces and metrics of the bot (OpenTelemetry through @azure/monitor-opentelemetry), stored in the workspace.
// Local (key) authentication is off: the bot's managed identity publishes as Monitoring Metrics Publisher.
resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: names.appInsights
  location: deployLocation
  kind: 'web'
  properties: {
    Application_Type: 'Node.JS'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: true
  }
}

resource appInsightsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, identity.id, roles.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
  }
}

// `npm run search:setup` creates the index with the same identity.
resource searchServiceContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (useSearch) {
  name: guid(resourceGroup().id, names.search, identity.id, roles.searchServiceContributor)
  scope: search
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.searchServiceContributor)
  }
}

resource openAi 'Microsoft.CognitiveServices/accounts@2024-10-01' = if (useOpenAi) {
  name: names.openAi
  location: deployLocation
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: names.openAi
    publicNetworkAccess: 'Enabled'
    // Entra ID only: the bot calls it with the managed identity.
    disableLocalAuth: true
  }
}

resource openAiChat 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = if (useOpenAi) {
  parent: openAi
  name: 'chat'
  sku: { name: 'Standard', capacity: azureOpenAiChatCapacity }
  properties: {
    model: { format: 'OpenAI', name: azureOpenAiChatModel, version: azureOpenAiChatModelVersion }
  }
}

resource openAiEmbedding 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = if (useOpenAi) {
  parent: openAi
  name: 'embedding'
  sku: { name: 'Standard', capacity: azureOpenAiEmbeddingCapacity }
  properties: {
    model: { format: 'OpenAI', name: azureOpenAiEmbeddingModel, version: azureOpenAiEmbeddingModelVersion }
  }
  dependsOn: [openAiChat]
}

resource openAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (useOpenAi) {
  name: guid(resourceGroup().id, names.openAi, identity.id, roles.cognitiveServicesOpenAiUser)
  scope: openAi
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.cognitiveServicesOpenAiUser)
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: names.plan
  location: deployLocation
  kind: 'linux'
  sku: { name: webAppSku, capacity: checkedInstances }
  properties: { reserved: true }
}

var host = '${names.site}.azurewebsites.net'
var kvRef = '@Microsoft.KeyVault(VaultName=${names.vault};SecretName='

// Every variable of host/config/configSchema.ts the deployed bot reads. Empty values are dropped below so the
// bot's own defaults apply. Not set here: PORT (App Service provides it), PLAYGROUND_PORT and LOCAL_USER_ID
// (local mode only), AZURE_CLIENT_SECRET and AZURE_CLIENT_CERTIFICATE_PATH (the managed identity is the credential).
var settings = {
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
  WEBSITE_NODE_DEFAULT_VERSION: '~22'
  DATA_DIR: '/home/data'
  BOT_NAME: botDisplayName
  // The Bot Framework identity is the managed identity: no password anywhere.
  MicrosoftAppId: identity.properties.clientId
  MicrosoftAppPassword: ''
  MicrosoftAppTenantId: tenant().tenantId
  MicrosoftAppType: 'UserAssignedMSI'
  KNOWLEDGE_SOURCE_DIR: ''
  KNOWLEDGE_DEFAULT_ACCESS: knowledgeDefaultAccess
  // Always set: with no KNOWLEDGE_SOURCE_DIR the bot would otherwise use the sample corpus's profile.
  ORGANISATION_PROFILE: empty(organisationProfile) ? 'knowledge/profile/neutral.yaml' : organisationProfile
  DIRECTORY_FILE: directoryFile
  AUDIT_HEAD_ANCHOR: auditHeadAnchor
  // The audit head key stays next to the log (DATA_DIR/audit.sqlite.key) unless a path outside it is given.
  AUDIT_HEAD_KEY_FILE: ''
  AUDIT_HEAD_KEY: empty(auditHeadKey) ? '' : '${kvRef}audit-head-key)'
  PUBLIC_BASE_URL: 'https://${host}'
  LINK_SIGNING_SECRET: empty(linkSigningSecret) ? '' : '${kvRef}link-signing-secret)'
  LINK_TTL_MINUTES: linkTtlMinutes
  // Readers of document and report links sign in to the bot's app registration (redirect URI
  // https://<host>/auth/callback) with its secret, in this tenant: the defaults from MicrosoftApp*.
  SIGN_IN_CLIENT_ID: ''
  SIGN_IN_CLIENT_SECRET: ''
  SIGN_IN_AUTHORITY: ''
  SIGN_IN_SESSION_MINUTES: signInSessionMinutes
  PLAYGROUND: 'off'
  LOG_LEVEL: logLevel
  // Not a secret (it names the resource; ingestion needs the managed identity's Entra token).
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
  SHUTDOWN_TIMEOUT_MS: shutdownTimeoutMs
  CONVERSATION_STATE_TTL_HOURS: conversationStateTtlHours
  STATE_BACKEND: stateBackend
  // The managed identity reaches the account (shared-key access is off): no connection string.
  AZURE_STORAGE_CONNECTION_STRING: ''
  AZURE_STORAGE_ACCOUNT_NAME: stateBackend == 'azure' ? names.storage : ''
  SEARCH_BACKEND: useSearch ? 'azure' : 'embedded'
  AZURE_SEARCH_ENDPOINT: useSearch ? 'https://${names.search}.search.windows.net' : ''
  AZURE_SEARCH_INDEX: useSearch ? aiSearchIndexName : ''
  AZURE_SEARCH_API_KEY: ''
  AZURE_SEARCH_SEMANTIC_CONFIG: aiSearchSemanticConfiguration
  INDEX_SEARCH_THREADS: indexSearchThreads
  DIRECTORY_BACKEND: directoryBackend
  GRAPH_BASE_URL: ''
  GRAPH_DRIVES: graphDrives
  AZURE_TENANT_ID: tenant().tenantId
  AZURE_CLIENT_ID: identity.properties.clientId
  AZURE_USE_MANAGED_IDENTITY: 'true'
  TICKET_BACKEND: ticketBackend
  AZURE_DEVOPS_ORG_URL: azureDevOpsOrgUrl
  AZURE_DEVOPS_PROJECT: azureDevOpsProject
  AZURE_DEVOPS_PAT: empty(azureDevOpsPat) ? '' : '${kvRef}azure-devops-pat)'
  AZURE_DEVOPS_AREA_PATH: azureDevOpsAreaPath
  AZURE_DEVOPS_WORK_ITEM_TYPE: azureDevOpsWorkItemType
  MODEL_PROVIDER: useOpenAi ? 'azure-openai' : modelProvider
  OPENAI_BASE_URL: openAiBaseUrl
  OPENAI_API_KEY: empty(openAiApiKey) ? '' : '${kvRef}openai-api-key)'
  OPENAI_MODEL: openAiModel
  AZURE_OPENAI_ENDPOINT: useOpenAi ? openAi.properties.endpoint : azureOpenAiEndpoint
  AZURE_OPENAI_DEPLOYMENT: useOpenAi ? openAiChat.name : azureOpenAiDeployment
  AZURE_OPENAI_API_KEY: empty(azureOpenAiApiKey) ? '' : '${kvRef}azure-openai-api-key)'
  AZURE_OPENAI_API_VERSION: azureOpenAiApiVersion
  MODEL_TIMEOUT_MS: modelTimeoutMs
  EMBEDDING_PROVIDER: embeddingProvider
  OPENAI_EMBEDDING_MODEL: openAiEmbeddingModel
  AZURE_OPENAI_EMBEDDING_DEPLOYMENT: useOpenAi && embeddingProvider == 'azure-openai' ? openAiEmbedding.name : azureOpenAiEmbeddingDeployment
  EMBEDDING_DIMENSIONS: embeddingDimensions
  PLUGIN_API_AUDIENCE: pluginApiAudience
  PLUGIN_API_TENANT_ID: tenant().tenantId
  PLUGIN_API_JWKS_URL: ''
  PLUGIN_API_ISSUER: ''
  MCP_AUTHORIZATION_SERVER: ''
  MCP_SCOPES: 'api://${host}/botid-${identity.properties.clientId}/access_as_user'
  REPORT_APPROVER_ID: reportApproverId
  REPORT_APPROVER_NAME: reportApproverName
  REPORT_STORE: reportStore
  ADMIN_GROUP_ID: adminGroupId
  ADMIN_NAMES_GROUP_ID: adminNamesGroupId
  // Retention (docs/ADMIN.md section 12): the bot's purge timer applies these.
  FEEDBACK_RETENTION_DAYS: feedbackRetentionDays
  ANSWER_LOG_RETENTION_DAYS: answerLogRetentionDays
  AUDIT_RETENTION_DAYS: auditRetentionDays
  REPORT_RETENTION_DAYS: reportRetentionDays
  TICKET_RETENTION_DAYS: ticketRetentionDays
  RETENTION_PURGE_INTERVAL_HOURS: retentionPurgeIntervalHours
  // Data residency: the bot refuses to start when an endpoint is outside these regions (every resource here is
  // in deployLocation; Application Insights' region is read from its connection string's ingestion endpoint).
  ALLOWED_REGIONS: regionList
  BOT_DATA_RESIDENCY: checkedBotResidency
  AZURE_SEARCH_REGION: useSearch ? deployLocation : ''
  AZURE_STORAGE_REGION: deployLocation
  AZURE_OPENAI_REGION: useOpenAi ? deployLocation : azureOpenAiRegion
  OPENAI_REGION: openAiRegion
  APPLICATIONINSIGHTS_REGION: ''
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: names.site
  location: deployLocation
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'npm run serve'
      alwaysOn: true
      // Instances that cannot reach their index or stores are taken out of the load balancer.
      healthCheckPath: '/readyz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
    }
  }
}

resource siteSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: toObject(filter(items(settings), s => !empty(s.value)), s => s.key, s => s.value)
  dependsOn: [vaultSecretsUser, appInsightsPublisher, devOpsPatSecret, azureOpenAiKeySecret, openAiKeySecret, linkSecret, auditHeadKeySecret, storageTableContributor]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: names.bot
  location: botLocation
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${host}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenant().tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: botLocation
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

// Written back to env/.env.<env> by the Agents Toolkit (names upper-cased).
output BOT_ID string = identity.properties.clientId
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = site.id
output BOT_DOMAIN string = host
output BOT_ENDPOINT string = 'https://${host}'
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.properties.clientId
output AZURE_MANAGED_IDENTITY_PRINCIPAL_ID string = identity.properties.principalId
output AZURE_KEY_VAULT_NAME string = vault.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.name
output AZURE_SEARCH_ENDPOINT string = useSearch ? 'https://${names.search}.search.windows.net' : ''
output AZURE_OPENAI_ENDPOINT string = useOpenAi ? openAi.properties.endpoint : azureOpenAiEndpoint
output APPLICATIONINSIGHTS_NAME string = appInsights.name
