//! Topology: designs that cannot work as drawn.
pub mod database_admits_address_range;
pub mod database_publicly_accessible;
pub mod database_refuses_client;
pub mod edge_to_edge_through_peering;
pub mod endpoint_cross_region;
pub mod endpoint_for_another_service;
pub mod endpoint_service_without_nlb;
pub mod gateway_endpoint_outside_its_vpc;
pub mod gateway_endpoint_unsupported_service;
pub mod glue_connection_in_public_subnet;
pub mod isolated_container_network_call;
pub mod no_route_between_networks;
pub mod notebook_without_sagemaker_endpoints;
pub mod peering_cidr_overlap;
pub mod transitive_peering;
