//! Icons for every kind: simple 24×24 line drawings of our own (no
//! third-party icon set, so nothing to license). Shared by the canvas and
//! the SVG export.

use crate::model::Kind;

/// The SVG path data of a kind's icon (stroked, 24×24).
pub fn path(kind: Kind) -> &'static str {
    use Kind::*;
    match kind {
        OnPremisesNetwork => "M3 21V8l6-4 6 4v13M15 21V11h6v10M2 21h20M7 10h4M7 14h4M7 18h4",
        AwsRegion => "M7 18h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.1 9.6 4.2 4.2 0 0 0 7 18z",
        Vpc => "M3 5h18v14H3zM3 9h18M7 13h4M7 16h7",
        PublicSubnet => "M5 11h14v10H5zM8 11V7a4 4 0 0 1 7.7-1.5M12 15v2",
        PrivateSubnet => "M5 11h14v10H5zM8 11V7a4 4 0 0 1 8 0v4M12 15v2",
        Internet => {
            "M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18zM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18"
        }
        SiteToSiteVpn => "M2 12h4M18 12h4M6 9h12v6H6zM9.5 9V7a2.5 2.5 0 0 1 5 0v2",
        DirectConnect => "M13 2 4 14h7l-1 8 9-12h-7z",
        VpcPeering => "M9 7a5 5 0 1 0 0 10 5 5 0 1 0 0-10zM15 7a5 5 0 1 0 0 10 5 5 0 1 0 0-10z",
        TransitGateway => "M12 9a3 3 0 1 0 0 6 3 3 0 1 0 0-6zM12 3v6M12 15v6M3 12h6M15 12h6",
        NatGateway => "M4 4h9v16H4zM9 12h12M17 8l4 4-4 4",
        InternetGateway => "M4 21V9l8-6 8 6v12M9 21v-6h6v6",
        GatewayEndpoint => "M12 2v20M5 5h11l3 3-3 3H5zM8 15h8",
        InterfaceEndpoint => "M9 2v6M15 2v6M6 8h12v3a6 6 0 0 1-12 0zM12 17v5",
        EndpointService => "M4 4h16v6H4zM4 14h16v6H4zM8 7h.01M8 17h.01M12 10v4",
        GlueJob => {
            "M12 8a4 4 0 1 0 0 8 4 4 0 1 0 0-8zM12 2v3M12 19v3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M2 12h3M19 12h3M4.9 19.1 7 17M17 7l2.1-2.1"
        }
        GlueConnection => {
            "M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1 1M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1-1"
        }
        DmsReplication => "M4 8h14l-3-3M20 16H6l3 3M4 8v2M20 16v-2",
        SagemakerTrainingJob => {
            "M9 3h6M10 3v6L4.5 18.5A2 2 0 0 0 6.3 21h11.4a2 2 0 0 0 1.8-2.5L14 9V3M7 15h10"
        }
        SagemakerNotebook => {
            "M6 3h12a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H6zM6 3v18M3 7h3M3 12h3M3 17h3M10 8h6M10 12h5"
        }
        SagemakerModel => "M12 2l9 5v10l-9 5-9-5V7zM3 7l9 5 9-5M12 12v10",
        Ec2Instance => {
            "M6 6h12v12H6zM9.5 9.5h5v5h-5zM9 2v4M15 2v4M9 18v4M15 18v4M2 9h4M2 15h4M18 9h4M18 15h4"
        }
        S3Bucket => {
            "M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zM4 6l2 13.5c.3 1.5 2.9 2.5 6 2.5s5.7-1 6-2.5L20 6"
        }
        OnPremisesServer => "M4 3h16v7H4zM4 14h16v7H4zM8 6.5h.01M8 17.5h.01M12 10v4",
        OnPremisesUsers => {
            "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21v-1a7 7 0 0 1 14 0v1M16 3.1a4 4 0 0 1 0 7.8M22 21v-1a7 7 0 0 0-4-6.3"
        }
        DynamodbTable => "M4 4h16v16H4zM4 9h16M4 14.5h16M10 9v11",
        RdsInstance => {
            "M4 5c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zM4 5v14c0 1.7 3.6 3 8 3s8-1.3 8-3V5M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3"
        }
        OnPremisesDatabase => {
            "M5 4c0-1.4 3.1-2.5 7-2.5s7 1.1 7 2.5-3.1 2.5-7 2.5S5 5.4 5 4zM5 4v12c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5V4M5 10c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5M2 22h20M12 18.5V22"
        }
    }
}
