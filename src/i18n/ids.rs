//! The one table of message ids the code names, besides the ids made
//! from tables of their own: each rule's `title`, `why` and `fix`
//! ([`super::rule_id`] over `RULES`) and each node kind's title
//! ([`super::kind_id`] over `Kind::ALL`). A test checks that every `.ftl`
//! file has exactly these messages; the compiler, that each id here is
//! used (the constants are crate-private, so an unused one is dead code).

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident = $id:literal;)*) => {
        $($(#[$doc])* pub(crate) const $name: &str = $id;)*
        /// Every id of this table, in table order.
        #[cfg(test)]
        pub(crate) const TABLE: &[&str] = &[$($id),*];
    };
}

ids! {
    // Shared pieces of messages.
    /// Between the items of a list.
    LIST_SEPARATOR = "list-separator";
    /// `$list` and `$more` more.
    LIST_MORE = "list-more";
    /// A node: `$kind` title and `$name`.
    NODE = "node";
}
