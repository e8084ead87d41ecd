//! Encryption in transit: data flows protected by the wrong layer, or by nothing.
pub mod intercontainer_traffic_unencrypted;
pub mod tls_not_enforced;
pub mod tls_where_ipsec_required;
pub mod unencrypted_hop;
