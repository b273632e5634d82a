// SSPR Preflight on Azure Container Apps: a user-assigned managed identity for Graph (no Graph
// secret anywhere), Azure Database for PostgreSQL Flexible Server for the attempt log and the rate
// limits, and Key Vault references for the few secrets left (OIDC client secret, challenge key,
// database password). docs/deploy-azure.md walks through it.
//
//   az deployment group create -g rg-sspr -f deploy/azure/main.bicep -p @deploy/azure/main.parameters.json

@description('Prefix of every resource name.')
param name string = 'sspr-preflight'

param location string = resourceGroup().location

@description('The image, e.g. myregistry.azurecr.io/sspr-preflight:0.1.0 (built for PostgreSQL).')
param image string

@description('Entra tenant id.')
param tenantId string = subscription().tenantId

@description('Client id of the admin-console app registration (OIDC sign-in).')
param consoleClientId string

@description('Existing Key Vault holding the secrets sspr-oidc-secret, sspr-challenge-secret, sspr-db-password.')
param keyVaultName string

@description('Administrator login of the PostgreSQL server.')
param dbAdminLogin string = 'sspradmin'

@secure()
@description('Administrator password of the PostgreSQL server (also stored in Key Vault as sspr-db-password).')
param dbAdminPassword string

param minReplicas int = 3
param maxReplicas int = 10

var keyVaultUri = 'https://${keyVaultName}${environment().suffixes.keyvaultDns}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

// Key Vault Secrets User for the identity, so that Container Apps can resolve the references.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyVault
  name: guid(keyVault.id, identity.id, 'secrets-user')
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2023-12-01-preview' = {
  name: '${name}-db'
  location: location
  sku: { name: 'Standard_B1ms', tier: 'Burstable' }
  properties: {
    version: '16'
    administratorLogin: dbAdminLogin
    administratorLoginPassword: dbAdminPassword
    storage: { storageSizeGB: 32 }
    backup: { backupRetentionDays: 14, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2023-12-01-preview' = {
  parent: postgres
  name: 'sspr'
}

// Container Apps reach the server over its public endpoint; for private networking put both in a
// VNet and replace this rule with a private endpoint.
resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2023-12-01-preview' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

resource appEnvironment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${name}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: name
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  dependsOn: [ secretsUser ]
  properties: {
    managedEnvironmentId: appEnvironment.id
    configuration: {
      ingress: {
        external: true
        targetPort: 8080
        transport: 'http'
        allowInsecure: false
      }
      secrets: [
        { name: 'oidc-secret', keyVaultUrl: '${keyVaultUri}/secrets/sspr-oidc-secret', identity: identity.id }
        { name: 'challenge-secret', keyVaultUrl: '${keyVaultUri}/secrets/sspr-challenge-secret', identity: identity.id }
        { name: 'db-password', keyVaultUrl: '${keyVaultUri}/secrets/sspr-db-password', identity: identity.id }
      ]
    }
    template: {
      containers: [
        {
          name: 'sspr-preflight'
          image: image
          resources: { cpu: json('0.5'), memory: '1Gi' }
          env: [
            { name: 'SSPR_DIRECTORY', value: 'graph' }
            { name: 'SSPR_GRAPH_CREDENTIAL', value: 'managed-identity' }
            // The user-assigned identity's client id: azure-identity picks that identity.
            { name: 'SSPR_GRAPH_CLIENT_ID', value: identity.properties.clientId }
            { name: 'SSPR_RATE_LIMIT_STORE', value: 'database' }
            // One replica at a time pages the registration report (database lease); all share its rows,
            // the registration feed's events and one reports budget (docs/operations.md, "Several replicas").
            { name: 'SSPR_GRAPH_REGISTRATION_MIRROR_STORE', value: 'database' }
            { name: 'SSPR_CHALLENGE_SECRET', secretRef: 'challenge-secret' }
            { name: 'QUARKUS_DATASOURCE_JDBC_URL', value: 'jdbc:postgresql://${postgres.properties.fullyQualifiedDomainName}:5432/sspr?sslmode=require' }
            { name: 'QUARKUS_DATASOURCE_USERNAME', value: dbAdminLogin }
            { name: 'QUARKUS_DATASOURCE_PASSWORD', secretRef: 'db-password' }
            { name: 'QUARKUS_OIDC_AUTH_SERVER_URL', value: '${environment().authentication.loginEndpoint}${tenantId}/v2.0' }
            { name: 'QUARKUS_OIDC_CLIENT_ID', value: consoleClientId }
            { name: 'QUARKUS_OIDC_CREDENTIALS_SECRET', secretRef: 'oidc-secret' }
            // Container Apps' Envoy is the only proxy; it sets X-Forwarded-For and X-Request-Id.
            { name: 'QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING', value: 'true' }
            { name: 'QUARKUS_HTTP_PROXY_TRUSTED_PROXIES', value: '100.64.0.0/10,10.0.0.0/8' }
          ]
          probes: [
            { type: 'Startup', httpGet: { path: '/q/health/started', port: 9000 }, periodSeconds: 2, failureThreshold: 60 }
            { type: 'Liveness', httpGet: { path: '/q/health/live', port: 9000 }, periodSeconds: 10 }
            { type: 'Readiness', httpGet: { path: '/q/health/ready', port: 9000 }, periodSeconds: 10 }
          ]
          volumeMounts: [ { volumeName: 'tmp', mountPath: '/tmp' } ]
        }
      ]
      volumes: [ { name: 'tmp', storageType: 'EmptyDir' } ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [ { name: 'http', http: { metadata: { concurrentRequests: '50' } } } ]
      }
    }
  }
}

output url string = 'https://${app.properties.configuration.ingress.fqdn}'
output identityPrincipalId string = identity.properties.principalId
output identityClientId string = identity.properties.clientId
