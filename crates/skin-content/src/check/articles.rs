//! `articles.toml`: the source articles, their slugs and titles.

use super::*;

impl Checker {
    pub(super) fn articles(&mut self, file: ArticlesFile) -> Vec<Article> {
        let mut seen = HashSet::new();
        let mut slugs_seen = HashSet::new();
        file.article
            .into_iter()
            .map(|raw| {
                let entry = self.id("article", &raw.id, true, &mut seen);
                if raw.slugs.is_empty() {
                    self.error(
                        &entry,
                        "no `slugs`: the page names the blog gives the article",
                    );
                }
                for slug in &raw.slugs {
                    if !is_id(slug, true) {
                        self.error(&entry, format!("slug `{slug}` is not lower kebab-case"));
                    } else if !slugs_seen.insert(slug.clone()) {
                        self.error(&entry, format!("slug `{slug}` is another article's too"));
                    }
                }
                if raw.original_title.trim().is_empty() {
                    self.error(
                        &entry,
                        "no `original_title`: the title it was published under",
                    );
                }
                Article {
                    title: self.text(&entry, "title", raw.title),
                    id: raw.id,
                    slugs: raw.slugs,
                    original_title: raw.original_title,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{problems, text};

    #[test]
    fn articles_need_unique_kebab_slugs_and_their_original_title() {
        let extra = format!(
            "[[article]]\nid = \"no-slugs\"\ntitle = {}\n\n\
             [[article]]\nid = \"bad-slugs\"\ntitle = {}\n\
             slugs = [\"Glass_Skin\", \"glass-skin\"]\noriginal_title = \"B\"\n",
            text("A", "가"),
            text("B", "나")
        );
        let file = "content/articles.toml";
        assert_eq!(
            problems("articles.toml", &extra),
            [
                format!("{file}: article `no-slugs`: no `slugs`: the page names the blog gives the article"),
                format!("{file}: article `no-slugs`: no `original_title`: the title it was published under"),
                format!("{file}: article `bad-slugs`: slug `Glass_Skin` is not lower kebab-case"),
                format!("{file}: article `bad-slugs`: slug `glass-skin` is another article's too"),
            ]
        );
    }
}
