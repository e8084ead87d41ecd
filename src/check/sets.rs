//! Typed bit sets for what a route passes and what protects a hop
//! (`enumset`: a set of enum variants in one machine word, with set
//! operators), instead of bare integer masks.

use enumset::{EnumSet, EnumSetType};

/// Protection on the wire.
#[derive(Debug, EnumSetType)]
pub enum Prot {
    /// TLS (layer 7): the application's own, end to end.
    Tls,
    /// IPsec (layer 3): a Site-to-Site VPN tunnel, or the hosts' own.
    Ipsec,
    /// MACsec (layer 2): a MACsec Direct Connect link.
    Macsec,
}

pub type Protection = EnumSet<Prot>;

/// Connectivity a route passes.
#[derive(Debug, EnumSetType)]
pub enum Via {
    Vpn,
    DirectConnect,
    Peering,
    TransitGateway,
    Nat,
    InternetGateway,
    GatewayEndpoint,
    InterfaceEndpoint,
    EndpointService,
    /// A Direct Connect link with MACsec on.
    MacsecLink,
    /// The public Internet, passed on the way (on-premises → Internet → S3).
    Internet,
}

pub type ViaSet = EnumSet<Via>;

/// Connectivity that takes a route across a network boundary.
pub const BOUNDARY: ViaSet = enumset::enum_set!(
    Via::Peering
        | Via::TransitGateway
        | Via::DirectConnect
        | Via::Nat
        | Via::InternetGateway
        | Via::Internet
);

/// The words a message uses for a protection: the strongest layer first.
pub fn layer_name(p: Protection) -> crate::i18n::Message {
    use crate::i18n::{Message, ids};
    Message::new(if p.contains(Prot::Ipsec) {
        ids::LAYER_IPSEC
    } else if p.contains(Prot::Tls) {
        ids::LAYER_TLS
    } else if p.contains(Prot::Macsec) {
        ids::LAYER_MACSEC
    } else {
        ids::LAYER_NONE
    })
}
