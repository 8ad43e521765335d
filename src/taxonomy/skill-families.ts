/**
 * Umbrella skills and the specific skills that belong to them. Unlike `related` (symmetric,
 * partial evidence), membership points one way: a CV that shows MySQL shows relational
 * databases, but a CV that says "relational databases" does not show MySQL.
 */
export const SKILL_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  'Relational Databases': [
    'PostgreSQL',
    'MySQL',
    'Microsoft SQL Server',
    'Oracle Database',
    'IBM Db2',
    'SQLite',
    'CockroachDB',
  ],
  NoSQL: ['MongoDB', 'Apache Cassandra', 'Amazon DynamoDB', 'Azure Cosmos DB', 'Couchbase', 'HBase'],
  Databases: [
    'Relational Databases',
    'NoSQL',
    'PostgreSQL',
    'MySQL',
    'Microsoft SQL Server',
    'Oracle Database',
    'IBM Db2',
    'SQLite',
    'CockroachDB',
    'MongoDB',
    'Apache Cassandra',
    'Amazon DynamoDB',
    'Azure Cosmos DB',
    'Couchbase',
    'HBase',
  ],
};
