//! Typed indices at the seams between the checker's parts and the rules:
//! a node's, a flow's and a dataset's position, so one cannot be passed
//! where another belongs.

/// A node's index in the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeIx(pub(crate) u32);

/// A data flow's index in the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FlowIx(pub(crate) u32);

/// A dataset's index among the document's datasets (stores in document
/// order, each store's datasets in order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DatasetIx(pub(crate) u32);

macro_rules! index {
    ($t:ty) => {
        impl $t {
            pub fn new(i: usize) -> Self {
                Self(u32::try_from(i).expect("an index within the document's limits"))
            }
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

index!(NodeIx);
index!(FlowIx);
index!(DatasetIx);
