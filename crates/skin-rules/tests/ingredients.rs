//! The product checker on labels as readers paste them (messy English INCI, Korean 전성분, an iPhone's NFD Hangul) for
//! realistic readers. False alarms are tested as hard as misses: the ordinary ingredients flag nothing for anyone.

use skin_rules::ingredients::{self, families, Check, Known, Level};
use skin_rules::{questionnaire, tag_avoid_if, Answers, ChoiceSet, Lang, RoutineStep, Time};
use std::sync::OnceLock;

fn known() -> &'static Known<'static> {
    static KNOWN: OnceLock<Known<'static>> = OnceLock::new();
    KNOWN.get_or_init(Known::bundled)
}

/// A reader: `question=choice` picks.
fn reader(picks: &[&str]) -> Answers {
    let mut answers = Answers::default();
    for pick in picks {
        let (question, choice) = pick.split_once('=').unwrap();
        answers.pick_by_id(question, choice).unwrap();
    }
    answers
}

fn check(picks: &[&str], label: &str) -> Check<'static> {
    ingredients::check(known(), &reader(picks), "", label)
}

/// (ingredient as written, level) of every flag.
fn flags(picks: &[&str], label: &str) -> Vec<(String, Level)> {
    let check = check(picks, label);
    check
        .flags
        .iter()
        .map(|flag| (check.ingredients[flag.ingredient].text.clone(), flag.level))
        .collect()
}

/// The INCI name of each ingredient read, `None` where it is not known.
fn inci_names<'a>(check: &Check<'a>) -> Vec<Option<&'a str>> {
    check
        .ingredients
        .iter()
        .map(|r| r.known.map(|e| e.inci))
        .collect()
}

fn flag(text: &str, level: Level) -> (String, Level) {
    (text.to_owned(), level)
}

const PREGNANT: &[&str] = &["health=pregnant"];
const ISOTRETINOIN: &[&str] = &["conditions=prescription"];
const RETINOID_USER: &[&str] = &["conditions=retinoid"];
const ROSACEA: &[&str] = &["conditions=rosacea"];
const ECZEMA: &[&str] = &["conditions=eczema"];
const REACTIVE: &[&str] = &["sensitivity=reactive"];
const FRAGRANCE_ALLERGY: &[&str] = &["allergies=fragrance"];
const UNDER_16: &[&str] = &["health=under_16"];
/// An adult with resilient skin and nothing to declare.
const RESILIENT: &[&str] = &[
    "sensitivity=resilient",
    "conditions=none",
    "allergies=none",
    "health=none",
    "breakouts=rarely",
];

const SNAIL_ESSENCE: &str = "Snail Secretion Filtrate, Betaine, Butylene Glycol, 1,2-Hexanediol, Sodium Polyacrylate, \
                             Phenoxyethanol, Sodium Hyaluronate, Allantoin, Ethyl Hexanediol, Carbomer, Panthenol, \
                             Arginine";

const CERAMIDE_CREAM: &str = "INGREDIENTS: AQUA/WATER, GLYCERIN, CETEARYL ALCOHOL, CAPRYLIC/CAPRIC TRIGLYCERIDE, \
                              CETYL ALCOHOL, CETEARETH-20, PETROLATUM, POTASSIUM PHOSPHATE, CERAMIDE NP, CERAMIDE AP, \
                              CERAMIDE EOP, CARBOMER, DIMETHICONE, SODIUM HYALURONATE, CHOLESTEROL, PHENOXYETHANOL, \
                              DISODIUM EDTA, TOCOPHEROL, PHYTOSPHINGOSINE, XANTHAN GUM, ETHYLHEXYLGLYCERIN.";

const RETINOL_SERUM: &str =
    "Squalane, Caprylic/Capric Triglyceride, Retinol, Solanum Lycopersicum (Tomato) \
                             Fruit/Leaf/Stem Extract, Simmondsia Chinensis (Jojoba) Seed Oil, BHT.";

/// A glycolic toner with fragrance, pasted from a shop page with newlines.
const GLYCOLIC_TONER: &str = "Glow Tonic\nIngredients:\nAqua/Water/Eau\nGlycolic Acid (5%)\nAloe Barbadensis Leaf \
                              Juice\nHexylene Glycol\nGlycerin\nFragrance/Parfum\nPolysorbate 20\nPhenoxyethanol\n";

/// A cleanser with everything a reactive face dislikes, and a shade block.
const MESSY: &str =
    "INGREDIENTS : Aqua (Water), Alcohol Denat., Salicylic Acid 2%, Menthol, Glycerin, Linalool*\n\
                     *natural origin. May contain (+/-): Cl 77491, CI 77492.";

const KOREAN: &str = "[전성분] 정제수, 부틸렌글라이콜, 글리세린, 나이아신아마이드, 병풀추출물, 1,2-헥산다이올, 레티놀, \
                      메칠파라벤, 향료, 리모넨";

#[test]
fn ordinary_products_flag_nothing_for_anyone() {
    for picks in [
        PREGNANT,
        ISOTRETINOIN,
        RETINOID_USER,
        ROSACEA,
        ECZEMA,
        REACTIVE,
        FRAGRANCE_ALLERGY,
        UNDER_16,
        RESILIENT,
        &["allergies=honey", "allergies=dairy", "allergies=eggs"],
        &["conditions=procedure", "health=swelling"],
    ] {
        for label in [SNAIL_ESSENCE, CERAMIDE_CREAM] {
            let check = check(picks, label);
            assert_eq!(check.flags, [], "{picks:?} {label}");
            assert_eq!(
                check.verdict(Lang::En),
                "Nothing here conflicts with your answers."
            );
        }
    }
    let check = check(PREGNANT, SNAIL_ESSENCE);
    assert_eq!(
        check.unrecognised().collect::<Vec<_>>(),
        ["Ethyl Hexanediol"]
    );
    assert_eq!(
        check.ingredients[0].known.map(|e| e.inci),
        Some("Snail Secretion Filtrate")
    );
}

/// Every choice of every question, alone: no reader at all is flagged for an ordinary ingredient.
#[test]
fn ordinary_ingredients_are_known_and_never_flagged_whatever_the_answers() {
    let ordinary = "Glycerin, Cetearyl Alcohol, Tocopherol, Snail Secretion Filtrate, Citric Acid, Stearic Acid, \
                    Phenoxyethanol, Butylene Glycol, Niacinamide, Sodium Hyaluronate, Panthenol, Dimethicone, \
                    Ethylhexyl Salicylate, Titanium Dioxide, Zinc Oxide, Xanthan Gum, Centella Asiatica Extract, \
                    Water, Squalane, Cera Alba, Asiatic Acid, Polyglutamic Acid, Tranexamic Acid, 글리세린, 정제수";
    for (index, question) in questionnaire().iter().enumerate() {
        for choice in 0..question.choices.len() {
            let mut answers = Answers::default();
            answers
                .set(index, ChoiceSet::default().toggled(question, choice))
                .unwrap();
            let check = ingredients::check(known(), &answers, "", ordinary);
            assert_eq!(
                check.flags,
                [],
                "{}.{}",
                question.id,
                question.choices[choice].id
            );
            assert_eq!(check.unrecognised().count(), 0);
        }
    }
}

#[test]
fn a_retinoid_is_avoided_in_pregnancy_on_isotretinoin_and_under_16() {
    for picks in [PREGNANT, ISOTRETINOIN, UNDER_16] {
        assert_eq!(
            flags(picks, RETINOL_SERUM),
            [flag("Retinol", Level::Avoid)],
            "{picks:?}"
        );
    }
    let check = check(PREGNANT, RETINOL_SERUM);
    assert_eq!(
        check.why(&check.flags[0], Lang::En),
        "A retinoid: avoid it, because you answered “I am pregnant or breastfeeding” about your health right now."
    );
    assert!(check
        .why(&check.flags[0], Lang::Ko)
        .contains("임신 중이거나 수유 중이에요"));
    assert_eq!(
        check.verdict(Lang::En),
        "Not for you as it is: 1 of its ingredients to avoid with your answers."
    );
    // A second retinoid for someone already using one: a caution, not a ban.
    assert_eq!(
        flags(RETINOID_USER, RETINOL_SERUM),
        [flag("Retinol", Level::Caution)]
    );
    assert_eq!(flags(RESILIENT, RETINOL_SERUM), []);
    // BHT and the tomato extract are not guessed at.
    assert_eq!(
        check.unrecognised().collect::<Vec<_>>(),
        [
            "Solanum Lycopersicum (Tomato) Fruit/Leaf/Stem Extract",
            "BHT"
        ]
    );
}

#[test]
fn acids_are_avoided_on_isotretinoin_and_a_caution_beside_a_retinoid() {
    assert_eq!(
        flags(ISOTRETINOIN, GLYCOLIC_TONER),
        [flag("Glycolic Acid", Level::Avoid)]
    );
    assert_eq!(
        flags(RETINOID_USER, GLYCOLIC_TONER),
        [flag("Glycolic Acid", Level::Caution)]
    );
    assert_eq!(
        flags(ROSACEA, GLYCOLIC_TONER),
        [
            flag("Glycolic Acid", Level::Caution),
            flag("Fragrance/Parfum", Level::Caution)
        ]
    );
    assert_eq!(
        flags(FRAGRANCE_ALLERGY, GLYCOLIC_TONER),
        [flag("Fragrance/Parfum", Level::Avoid)]
    );
    assert_eq!(flags(RESILIENT, GLYCOLIC_TONER), []);
    let check = ingredients::check(known(), &reader(RESILIENT), "Glow Tonic", GLYCOLIC_TONER);
    assert_eq!(
        (check.step, check.time),
        (Some(RoutineStep::Toner), Some(Time::Pm))
    );
    assert_eq!(
        check.fits(Lang::En).unwrap(),
        "Where it fits in your routine: Toner, in the evening"
    );
}

#[test]
fn a_messy_paste_reads_and_flags_what_stings_a_reactive_face() {
    let check = check(REACTIVE, MESSY);
    let texts: Vec<&str> = check.ingredients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Aqua (Water)",
            "Alcohol Denat.",
            "Salicylic Acid",
            "Menthol",
            "Glycerin",
            "Linalool",
            "natural origin",
            "Cl 77491",
            "CI 77492"
        ]
    );
    let names = inci_names(&check);
    assert_eq!(
        names,
        [
            Some("Water"),
            Some("Alcohol Denat."),
            Some("Salicylic Acid"),
            Some("Menthol"),
            Some("Glycerin"),
            Some("Linalool"),
            None,
            Some("CI 77491"),
            Some("CI 77492")
        ]
    );
    assert_eq!(
        flags(REACTIVE, MESSY),
        [
            flag("Alcohol Denat.", Level::Caution),
            flag("Salicylic Acid", Level::Caution),
            flag("Menthol", Level::Caution),
            flag("Linalool", Level::Caution),
        ]
    );
    assert_eq!(flags(RESILIENT, MESSY), []);
    assert_eq!(
        flags(ISOTRETINOIN, MESSY),
        [
            flag("Alcohol Denat.", Level::Caution),
            flag("Salicylic Acid", Level::Avoid)
        ]
    );
}

#[test]
fn alcohol_counts_only_high_in_the_list() {
    let low = "Water, Glycerin, Butylene Glycol, Niacinamide, Panthenol, Alcohol, Carbomer";
    assert_eq!(flags(ROSACEA, low), []);
    let high = "Water, Alcohol, Glycerin";
    assert_eq!(flags(ROSACEA, high), [flag("Alcohol", Level::Caution)]);
    assert_eq!(
        flags(ECZEMA, "에탄올, 정제수"),
        [flag("에탄올", Level::Caution)]
    );
}

#[test]
fn a_korean_label_reads_with_its_old_spellings_and_from_an_iphone() {
    let nfd: String = KOREAN.chars().flat_map(decompose).collect();
    assert_ne!(nfd, KOREAN);
    for label in [KOREAN, nfd.as_str()] {
        let check = check(PREGNANT, label);
        let names: Vec<&str> = check
            .ingredients
            .iter()
            .filter_map(|r| r.known.map(|e| e.inci))
            .collect();
        assert_eq!(
            names,
            [
                "Water",
                "Butylene Glycol",
                "Glycerin",
                "Niacinamide",
                "Centella Asiatica Extract",
                "1,2-Hexanediol",
                "Retinol",
                "Methylparaben",
                "Fragrance",
                "Limonene"
            ]
        );
        assert_eq!(check.ingredients[7].text, "메칠파라벤");
        assert_eq!(flags(PREGNANT, label), [flag("레티놀", Level::Avoid)]);
        assert_eq!(
            flags(ECZEMA, label),
            [
                flag("레티놀", Level::Caution),
                flag("향료", Level::Caution),
                flag("리모넨", Level::Caution)
            ]
        );
    }
    let check = ingredients::check(known(), &reader(PREGNANT), "수분 세럼", KOREAN);
    assert_eq!(
        check.fits(Lang::Ko).unwrap(),
        "루틴에서의 자리: 저녁 에센스·세럼"
    );
    assert!(check.verdict(Lang::Ko).contains("피해야 할 성분이 1개"));
}

/// The canonical decomposition of a precomposed Hangul syllable (what an iPhone pastes).
fn decompose(c: char) -> Vec<char> {
    let code = u32::from(c);
    if !(0xAC00..=0xD7A3).contains(&code) {
        return vec![c];
    }
    let index = code - 0xAC00;
    let mut jamo = vec![0x1100 + index / (21 * 28), 0x1161 + index % (21 * 28) / 28];
    if index % 28 != 0 {
        jamo.push(0x11A7 + index % 28);
    }
    jamo.into_iter().filter_map(char::from_u32).collect()
}

#[test]
fn allergies_flag_their_allergens_and_nothing_else() {
    let label = "Water, Honey Extract, Propolis Extract, Milk Protein, Egg Yolk Extract, Glycerin";
    assert_eq!(
        flags(&["allergies=honey"], label),
        [
            flag("Honey Extract", Level::Avoid),
            flag("Propolis Extract", Level::Avoid)
        ]
    );
    assert_eq!(
        flags(&["allergies=dairy"], label),
        [flag("Milk Protein", Level::Avoid)]
    );
    assert_eq!(
        flags(&["allergies=eggs"], label),
        [flag("Egg Yolk Extract", Level::Avoid)]
    );
    assert_eq!(flags(RESILIENT, label), []);
    let oils = "Lavandula Angustifolia (Lavender) Oil, Mentha Piperita (Peppermint) Oil, Benzyl Salicylate";
    assert_eq!(
        flags(FRAGRANCE_ALLERGY, oils),
        [
            flag("Lavandula Angustifolia (Lavender) Oil", Level::Avoid),
            flag("Mentha Piperita (Peppermint) Oil", Level::Avoid),
            flag("Benzyl Salicylate", Level::Avoid),
        ]
    );
    // Peppermint oil is an essential oil and a cooling agent: rosacea hears both.
    let check = check(ROSACEA, oils);
    let peppermint = check.ingredients[1].known.unwrap();
    let ids: Vec<&str> = peppermint
        .families
        .iter()
        .map(|&f| families()[f].id)
        .collect();
    assert_eq!(ids, ["essential_oil", "cooling"]);
    assert_eq!(check.flags[1].why.len(), 2);
}

#[test]
fn salicylates_that_are_not_exfoliants_are_not_acids() {
    let sunscreen =
        "Water, Homosalate, Ethylhexyl Salicylate, Butyl Methoxydibenzoylmethane, Octocrylene";
    for picks in [ISOTRETINOIN, ROSACEA, RETINOID_USER, UNDER_16] {
        assert_eq!(flags(picks, sunscreen), [], "{picks:?}");
    }
    let check = check(RESILIENT, sunscreen);
    assert_eq!(check.step, Some(RoutineStep::Sunscreen));
}

#[test]
fn benzoyl_peroxide_hydroquinone_and_scrubs_follow_the_tag_table() {
    assert_eq!(
        flags(
            ISOTRETINOIN,
            "Water, Benzoyl Peroxide, Juglans Regia (Walnut) Shell Powder"
        ),
        [
            flag("Benzoyl Peroxide", Level::Avoid),
            flag("Juglans Regia (Walnut) Shell Powder", Level::Avoid)
        ]
    );
    assert_eq!(
        flags(PREGNANT, "Hydroquinone 2%, Water"),
        [flag("Hydroquinone", Level::Avoid)]
    );
    assert_eq!(flags(RESILIENT, "Hydroquinone, Benzoyl Peroxide"), []);
}

#[test]
fn actives_that_clash_in_one_product_are_said_to_everyone() {
    let label = "Water, Retinol, Glycolic Acid, Glycerin";
    assert_eq!(
        flags(RESILIENT, label),
        [flag("Glycolic Acid", Level::Caution)]
    );
    let both = check(RESILIENT, label);
    assert!(both
        .why(&both.flags[0], Lang::En)
        .contains("a retinoid and an exfoliating acid together"));
    assert_eq!(both.time, Some(Time::Pm));
    assert_eq!(
        flags(RESILIENT, "Ascorbic Acid, Benzoyl Peroxide"),
        [flag("Benzoyl Peroxide", Level::Caution)]
    );
    // Vitamin C is a morning active and the acid an evening one: no single time.
    assert_eq!(check(RESILIENT, "Ascorbic Acid, Glycolic Acid").time, None);
}

#[test]
fn slashes_name_alternatives_except_in_a_polymer() {
    let check = check(
        RESILIENT,
        "Water/Aqua/Eau, Styrene/Acrylates Copolymer, Acrylates/Glycerin Copolymer",
    );
    let names = inci_names(&check);
    assert_eq!(
        names,
        [Some("Water"), Some("Styrene/Acrylates Copolymer"), None]
    );
}

#[test]
fn nothing_pasted_is_no_list() {
    for label in ["", "  \n ", "Ingredients:"] {
        let check = check(PREGNANT, label);
        assert!(check.ingredients.is_empty());
        assert_eq!(
            check.verdict(Lang::En),
            "We found no ingredient list in this text."
        );
    }
}

/// Every flag rests on a condition of its family's tag row that holds: the checker has no rule of its own.
#[test]
fn every_family_flags_by_its_tags_row_only() {
    for family in families() {
        let row = tag_avoid_if(family.tag);
        assert!(!row.is_empty(), "{}", family.id);
        assert!(
            family.avoid.iter().all(|c| row.contains(c)),
            "{}",
            family.id
        );
        assert!(Lang::ALL
            .into_iter()
            .all(|lang| !known().text(family.name, lang).is_empty()));
    }
}
