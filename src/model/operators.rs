//! Which stores are one operator: listings that show the same business licence number or give
//! the same contact are one operator's, and so on through the chain (stores A and B share a
//! licence, B and C a telephone number: one operator). The plan groups a batch's listings so,
//! the ledger every listing it holds.

use std::collections::HashMap;

/// The groups of `n` items joined by a shared key (`keys(i)` gives item `i`'s licence and
/// contact keys), as item indices in order, the groups ordered by their first item. Items
/// without a key are in no group.
pub fn operator_groups<'k>(n: usize, keys: impl Fn(usize) -> [Option<&'k str>; 2]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut first: HashMap<(usize, &str), usize> = HashMap::new();
    let mut keyed = vec![false; n];
    for (i, keyed) in keyed.iter_mut().enumerate() {
        for (kind, key) in keys(i).into_iter().enumerate() {
            let Some(key) = key else { continue };
            *keyed = true;
            let j = *first.entry((kind, key)).or_insert(i);
            let (a, b) = (root(&mut parent, i), root(&mut parent, j));
            parent[a.max(b)] = a.min(b);
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: HashMap<usize, usize> = HashMap::new();
    for i in (0..n).filter(|&i| keyed[i]) {
        let r = root(&mut parent, i);
        let g = *group_of.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_licence_and_a_contact_chain_stores_into_one_group() {
        let items = [
            [Some("L1"), None],
            [Some("L1"), Some("2038881808")],
            [None, Some("2038881808")],
            [Some("L2"), None],
            [None, None],
            // A licence and a contact with the same text are different keys.
            [None, Some("L2")],
        ];
        assert_eq!(
            operator_groups(items.len(), |i| items[i]),
            [vec![0, 1, 2], vec![3], vec![5]]
        );
    }
}
