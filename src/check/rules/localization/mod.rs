//! Data localization: sensitive data leaving its home.
pub mod sensitive_data_leaves_on_premises;
pub mod sensitive_data_leaves_region;
pub mod training_on_sensitive_data;
