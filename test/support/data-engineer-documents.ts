/**
 * A data engineer's CV and a job that asks for what it lacks (Spark, Kafka): the pair the HTTP
 * tests on the LLM engine create their sessions from.
 */
export const DATA_ENGINEER_CV = `Lena Brandt
lena@example.com

Summary
Data engineer with six years of pipelines in Python and SQL for retail analytics, owning ingestion,
modelling and the nightly loads that the finance and merchandising teams depend on every morning.

Experience
Data Engineer — Kestrel Retail
Mar 2020 – Present
- Built Airflow pipelines in Python loading 2 TB a day into BigQuery
- Modelled the sales mart in dbt and cut report runtime by 70%

Skills
Python, SQL, Airflow, BigQuery, dbt`;

/** Three requirements: two gaps (Spark, Kafka) and one the CV shows (Python). */
export const DATA_ENGINEER_JOB = `Senior Data Engineer

Requirements
- Strong experience with Apache Spark
- Experience with Kafka or other streaming platforms
- Experience with Python`;
