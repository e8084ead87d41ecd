//! Egress: data leaving through an unapproved network path.
pub mod data_internet_path_without_egress;
pub mod glue_job_without_vpc_connection;
pub mod notebook_direct_internet_access;
pub mod notebook_presigned_url_unrestricted;
pub mod s3_without_vpc_endpoint;
pub mod sagemaker_api_without_privatelink;
pub mod sagemaker_without_network_isolation;
pub mod sensitive_data_internet_path;
