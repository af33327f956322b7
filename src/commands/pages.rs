//! Walking the API's paging: `page` from 1 with a fixed `limit`, until `paging.count` says the
//! last page was read (or, when the answer has no `paging`, a page comes back short). Only one
//! page is held at a time, so memory stays flat however long the list.
//!
//! Two defences against lists that move while they are read: an item that was already on the
//! previous page (new entries pushed the list along) is reported as a repeat so the caller
//! skips it, and a page made only of repeats (a server that ignores `page`) ends the walk.

use std::collections::HashSet;

use crate::api::reports::Page;

/// Items asked for per page: large enough to keep requests few, small enough to keep each
/// answer a few hundred kilobytes.
pub const PAGE_SIZE: u64 = 500;

#[derive(Debug)]
pub struct Pager {
    page: u64,
    per_page: u64,
    done: bool,
    previous: HashSet<String>,
    current: HashSet<String>,
    fresh: usize,
}

impl Pager {
    pub fn new(per_page: u64) -> Pager {
        Pager {
            page: 1,
            per_page: per_page.max(1),
            done: false,
            previous: HashSet::new(),
            current: HashSet::new(),
            fresh: 0,
        }
    }

    /// A pager whose pages are no larger than a wanted number of items.
    pub fn for_limit(limit: Option<u64>) -> Pager {
        Pager::new(limit.map_or(PAGE_SIZE, |l| l.min(PAGE_SIZE)))
    }

    /// The page to ask for next, or `None` when the walk is over.
    pub fn next_page(&self) -> Option<u64> {
        (!self.done).then_some(self.page)
    }

    pub fn per_page(&self) -> u64 {
        self.per_page
    }

    /// Whether the item with this key was on the previous page (the list moved); remembers it
    /// for the next page.
    pub fn repeated(&mut self, key: &str) -> bool {
        self.current.insert(key.to_string());
        if self.previous.contains(key) {
            return true;
        }
        self.fresh += 1;
        false
    }

    /// Account for a page that was read (every item passed through [`Pager::repeated`]).
    pub fn page_done(&mut self, page: &Page) {
        let n = page.items().len() as u64;
        let last = match page.paging {
            Some(p) => p.count <= 0 || self.page >= p.count as u64,
            None => n < self.per_page,
        };
        if n == 0 || last || self.fresh == 0 {
            self.done = true;
        }
        self.previous = std::mem::take(&mut self.current);
        self.fresh = 0;
        self.page += 1;
    }

    /// End the walk early (enough items were read).
    pub fn stop(&mut self) {
        self.done = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn page(items: &[&str], paging: Option<(i64, i64)>) -> Page {
        let mut raw =
            json!({"items": items.iter().map(|i| json!({"id": i})).collect::<Vec<Value>>()});
        if let Some((p, c)) = paging {
            raw["paging"] = json!({"page": p, "count": c});
        }
        Page {
            action: "x".into(),
            paging: raw
                .get("paging")
                .map(|p| serde_json::from_value(p.clone()).unwrap()),
            raw,
        }
    }

    fn walk(pager: &mut Pager, p: &Page) -> Vec<String> {
        let mut fresh = Vec::new();
        for item in p.items() {
            let id = item["id"].as_str().unwrap();
            if !pager.repeated(id) {
                fresh.push(id.to_string());
            }
        }
        pager.page_done(p);
        fresh
    }

    #[test]
    fn follows_paging_count() {
        let mut pager = Pager::new(2);
        assert_eq!(pager.next_page(), Some(1));
        walk(&mut pager, &page(&["a", "b"], Some((1, 2))));
        assert_eq!(pager.next_page(), Some(2));
        walk(&mut pager, &page(&["c", "d"], Some((2, 2))));
        assert_eq!(pager.next_page(), None);
    }

    #[test]
    fn without_paging_a_short_page_is_the_last() {
        let mut pager = Pager::new(2);
        walk(&mut pager, &page(&["a", "b"], None));
        assert_eq!(pager.next_page(), Some(2));
        walk(&mut pager, &page(&["c"], None));
        assert_eq!(pager.next_page(), None);
    }

    #[test]
    fn shifted_items_are_repeats_and_a_page_of_repeats_ends() {
        let mut pager = Pager::new(2);
        walk(&mut pager, &page(&["a", "b"], Some((1, 5))));
        assert_eq!(walk(&mut pager, &page(&["b", "c"], Some((2, 5)))), ["c"]);
        assert_eq!(pager.next_page(), Some(3));
        // A server that ignores `page` sends the same items again.
        assert!(walk(&mut pager, &page(&["b", "c"], Some((3, 5)))).is_empty());
        assert_eq!(pager.next_page(), None);
    }

    #[test]
    fn empty_and_limited() {
        let mut pager = Pager::for_limit(Some(20));
        assert_eq!(pager.per_page(), 20);
        walk(&mut pager, &page(&[], Some((1, 0))));
        assert_eq!(pager.next_page(), None);
        assert_eq!(Pager::for_limit(None).per_page(), PAGE_SIZE);
    }
}
