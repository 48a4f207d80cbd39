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
        // derm-4 K13: beside a name we don't know, "nothing we recognise" (the snail essence's Ethyl Hexanediol).
        for (label, verdict) in [
            (
                SNAIL_ESSENCE,
                "Nothing we recognise conflicts with your answers.",
            ),
            (CERAMIDE_CREAM, "Nothing here conflicts with your answers."),
        ] {
            let check = check(picks, label);
            assert_eq!(check.flags, [], "{picks:?} {label}");
            // (A reader on the calm plan is also told to keep to the staples.)
            assert!(check.verdict(Lang::En).starts_with(verdict), "{picks:?}");
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
                    Water, Squalane, Asiatic Acid, Polyglutamic Acid, Tranexamic Acid, 글리세린, 정제수";
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
    let check = ingredients::check(known(), &reader(RETINOID_USER), "수분 세럼", KOREAN);
    assert_eq!(
        check.fits(Lang::Ko).unwrap(),
        "루틴에서의 자리: 저녁 에센스·세럼"
    );
    let check = ingredients::check(known(), &reader(PREGNANT), "수분 세럼", KOREAN);
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
            // Benzoyl peroxide may be the reader's own prescribed wash (derm-4, R1): as her prescriber said.
            flag("Benzoyl Peroxide", Level::Caution),
            flag("Juglans Regia (Walnut) Shell Powder", Level::Avoid)
        ]
    );
    assert_eq!(
        flags(PREGNANT, "Hydroquinone 2%, Water"),
        [flag("Hydroquinone", Level::Avoid)]
    );
    // Benzoyl peroxide is nothing to a reader with none of its concerns; hydroquinone is a medicine to every reader.
    assert_eq!(
        flags(RESILIENT, "Hydroquinone, Benzoyl Peroxide"),
        [flag("Hydroquinone", Level::Caution)]
    );
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
    // To a reader who is to avoid the retinoid, how to use both is not said (the second read after derm-4).
    let pregnant = check(PREGNANT, label);
    assert_eq!(flags(PREGNANT, label), [flag("Retinol", Level::Avoid)]);
    assert!(pregnant.flags.iter().all(|flag| !pregnant
        .why(flag, Lang::En)
        .contains("a retinoid and an exfoliating acid together")));
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

// The third opinion's product labels (derm-3, Task B), as it pasted them.

/// L1: a retinol serum.
const L1_RETINOL: &str = "Ingredients: Water/Aqua/Eau, Glycerin, Butylene Glycol, Squalane, Caprylic/Capric \
                          Triglyceride, Retinol, Tocopherol, Cetearyl Alcohol, Phenoxyethanol, Ethylhexylglycerin, \
                          Sodium Hyaluronate, Carbomer, Disodium EDTA.";
/// L2: a glycolic toner with fragrance.
const L2_GLYCOLIC: &str = "Aqua (Water), Glycolic Acid, Sodium Hydroxide, Aloe Barbadensis Leaf Water, Glycerin, \
                           Hamamelis Virginiana (Witch Hazel) Water, Tasmannia Lanceolata Fruit/Leaf Extract, \
                           Panthenol, Polysorbate 20, Phenoxyethanol, Parfum (Fragrance), Limonene, Linalool";
/// L4: a Japanese-style gel sunscreen in capitals, with lactic acid 14th of 17 as a pH adjuster.
const L4_SUNSCREEN: &str = "WATER, ETHYLHEXYL METHOXYCINNAMATE, ALCOHOL, BIS-ETHYLHEXYLOXYPHENOL METHOXYPHENYL \
                            TRIAZINE, DIETHYLAMINO HYDROXYBENZOYL HEXYL BENZOATE, BUTYLENE GLYCOL, GLYCERIN, \
                            POLYMETHYL METHACRYLATE, SILICA, DIMETHICONE, XANTHAN GUM, SODIUM HYALURONATE, \
                            TOCOPHEROL, LACTIC ACID, SODIUM CITRATE, CITRIC ACID, PHENOXYETHANOL";
/// L5: a Korean vitamin C serum.
const L5_VITAMIN_C: &str =
    "정제수, 프로판다이올, 아스코빅애씨드(15%), 에톡시다이글라이콜, 페룰릭애씨드, 토코페롤, \
                            소듐하이알루로네이트, 향료";
/// L6: a messy paste of a tinted cream with salicylic acid, benzyl alcohol, lavender and menthol.
const L6_MESSY: &str = "INGREDIENTS:  Aqua (Water), Butyrospermum Parkii (Shea) Butter, Cetearyl Alcohol, Glyceryl \
                        Stearate , Niacinamide 5%,\nSalicylic Acid 2%,Benzyl Alcohol, Phenoxyethanol\nLavandula \
                        Angustifolia (Lavender) Oil, Menthol, Styrene/Acrylates Copolymer, Titanium Dioxide (and) \
                        Alumina\nMay contain (+/-): Cl 77491, Cl 77492, Cl 77499.";
/// L7: an online "melasma cream": hydroquinone, tretinoin and a steroid.
const L7_TRIPLE: &str =
    "Hydroquinone 4%, Tretinoin 0.05%, Fluocinolone Acetonide 0.01%, Cetyl Alcohol, Glycerin, \
                         Stearic Acid, Methylparaben, Sodium Metabisulfite, Purified Water";
/// L8: a Korean propolis and BHA toner.
const L8_PROPOLIS: &str =
    "[전성분] 프로폴리스추출물, 꿀추출물, 정제수, 살리실릭애씨드, 티트리잎오일, 변성알코올, 멘톨, \
                           나이아신아마이드, 메칠파라벤, 향료";
/// L9: adapalene and benzoyl peroxide.
const L9_ADAPALENE_BP: &str =
    "Adapalene 0.1%, Benzoyl Peroxide 2.5%, Glycerin, Poloxamer 182, Sodium Docusate, \
                               Propylene Glycol, Purified Water";
/// L10: a probe.
const L10_PROBE: &str = "Alcohol Denat., Water, Sodium Ascorbyl Phosphate, Salix Alba (Willow) Bark Extract, \
                         Hydrocortisone, Clobetasol Propionate, Kojic Acid, Retinyl Palmitate, Bakuchiol, Citrus Limon \
                         (Lemon) Fruit Extract, Tranexamic Acid, Azelaic Acid, Sulfur";

/// Skin that needs rest now (each brings the calm plan).
const CALM_STATES: [&str; 4] = [
    "health=broken_skin",
    "health=sunburn",
    "health=flare",
    "health=stinging",
];

/// derm-3 B1: a reader whose skin is broken, sunburnt, flaring or stinging is told to pause her retinoid, acid or
/// benzoyl peroxide, never "Nothing here conflicts"; the verdict says to keep to the staples.
#[test]
fn skin_that_needs_rest_pauses_its_actives() {
    for state in CALM_STATES {
        for (picks, label, active) in [
            (
                &["conditions=none", state][..],
                L2_GLYCOLIC,
                "Glycolic Acid",
            ),
            (&["conditions=none", state][..], L1_RETINOL, "Retinol"),
            (&["conditions=retinoid", state][..], L1_RETINOL, "Retinol"),
            (&["conditions=acid", state][..], L6_MESSY, "Salicylic Acid"),
            (&[state][..], L9_ADAPALENE_BP, "Benzoyl Peroxide"),
        ] {
            let check = check(picks, label);
            let flagged = check
                .flags
                .iter()
                .find(|f| check.ingredients[f.ingredient].text == active)
                .unwrap_or_else(|| panic!("{picks:?}: {active} not flagged"));
            assert_eq!(flagged.level, Level::Avoid, "{picks:?} {active}");
            let verdict = check.verdict(Lang::En);
            assert!(verdict.contains("Not for you as it is"), "{verdict}");
            assert!(verdict.contains("While your skin needs rest"), "{verdict}");
            assert!(check
                .verdict(Lang::Ko)
                .contains("피부가 쉬어야 하는 동안에는"));
        }
    }
    let sunburnt = check(&["health=sunburn"], L1_RETINOL);
    assert_eq!(
        sunburnt.why(&sunburnt.flags[0], Lang::En),
        "A retinoid: avoid it, because you answered “My face is sunburnt” about your health right now."
    );
    // A plain moisturiser is what she should use, and start nothing new: said, never an alarm.
    let flaring = check(&["health=flare"], CERAMIDE_CREAM);
    assert_eq!(flaring.flags, []);
    assert_eq!(
        flaring.verdict(Lang::En),
        "Nothing here conflicts with your answers. While your skin needs rest, keep to a gentle cleanser, a plain \
         moisturiser and sunscreen you already use, and start nothing new."
    );
    // A sore that won't heal, weakened immunity: the care team or the doctor decides, a caution.
    for state in ["health=slow_sore", "health=immune"] {
        assert_eq!(
            flags(&[state], L1_RETINOL),
            [flag("Retinol", Level::Caution)],
            "{state}"
        );
    }
    // The same reader with skin that is fine hears nothing about her own serum's retinol... but a second one.
    assert_eq!(flags(&["health=none"], L1_RETINOL), []);
}

/// derm-3 B2: hydroquinone is a medicine to every reader; a steroid is known and flagged; mercury is avoided by
/// everyone.
#[test]
fn medicines_and_banned_ingredients_are_said_to_every_reader() {
    let triple = check(RESILIENT, L7_TRIPLE);
    assert_eq!(
        flags(RESILIENT, L7_TRIPLE),
        [
            flag("Hydroquinone", Level::Caution),
            flag("Tretinoin", Level::Caution),
            flag("Fluocinolone Acetonide", Level::Caution)
        ]
    );
    assert_ne!(
        triple.verdict(Lang::En),
        "Nothing here conflicts with your answers."
    );
    let hydroquinone = triple.why(&triple.flags[0], Lang::En);
    for words in [
        "prescription-only in the UK and EU",
        "ochronosis",
        "steroid or mercury",
    ] {
        assert!(hydroquinone.contains(words), "{hydroquinone}");
    }
    assert!(triple
        .why(&triple.flags[0], Lang::Ko)
        .contains("조직갈변증"));
    let steroid = triple.why(&triple.flags[2], Lang::En);
    assert!(
        steroid.contains("on the face only if a doctor has"),
        "{steroid}"
    );
    assert!(triple
        .why(&triple.flags[2], Lang::Ko)
        .contains("얼굴에는 의사가 권했을 때만"));
    // Pregnancy: hydroquinone and tretinoin avoided, with the reason first.
    let pregnant = check(PREGNANT, L7_TRIPLE);
    assert_eq!(
        flags(PREGNANT, L7_TRIPLE),
        [
            flag("Hydroquinone", Level::Avoid),
            flag("Tretinoin", Level::Avoid),
            flag("Fluocinolone Acetonide", Level::Caution)
        ]
    );
    assert!(pregnant.why(&pregnant.flags[0], Lang::En).starts_with(
        "Hydroquinone: avoid it, because you answered “I am pregnant or breastfeeding”"
    ));
    // Steroids on rosacea: avoid; a flare and a child: as a doctor says.
    assert_eq!(
        flags(ROSACEA, L10_PROBE),
        [
            flag("Alcohol Denat.", Level::Caution),
            flag("Hydrocortisone", Level::Avoid),
            flag("Clobetasol Propionate", Level::Avoid),
            flag("Retinyl Palmitate", Level::Caution),
        ]
    );
    assert_eq!(
        flags(&["health=flare"], "Water, Hydrocortisone Acetate"),
        [flag("Hydrocortisone Acetate", Level::Caution)]
    );
    assert_eq!(
        flags(
            RESILIENT,
            "정제수, 클로베타솔프로피오네이트, 베타메타손디프로피오네이트, 히드로퀴논"
        ),
        [
            flag("클로베타솔프로피오네이트", Level::Caution),
            flag("베타메타손디프로피오네이트", Level::Caution),
            flag("히드로퀴논", Level::Caution)
        ]
    );
    // Mercury, by any of the names the FDA warns of: avoid, for everyone.
    for label in [
        "Aqua, Mercurous Chloride, Glycerin",
        "Water, Calomel",
        "Aqua, Hydroquinone, Mercurio",
        "정제수, 수은, 글리세린",
    ] {
        let banned = check(RESILIENT, label);
        assert_eq!(banned.level(), Some(Level::Avoid), "{label}");
        let mercury = banned.flags.last().unwrap();
        assert!(banned
            .why(mercury, Lang::En)
            .starts_with("Mercury is banned in skin creams"));
        assert!(banned
            .why(mercury, Lang::Ko)
            .contains("수은은 피부에 바르는 크림에는"));
    }
}

/// derm-3 B3: a sunscreen is a morning product, whatever trace of an evening active it holds.
#[test]
fn a_sunscreen_is_placed_in_the_morning() {
    for (name, label) in [
        ("UV Aqua Rich sunscreen", L4_SUNSCREEN),
        ("", L4_SUNSCREEN),
        ("Tinted sunscreen SPF 30", L6_MESSY),
    ] {
        let check = ingredients::check(known(), &reader(RESILIENT), name, label);
        assert_eq!(
            (check.step, check.time),
            (Some(RoutineStep::Sunscreen), Some(Time::Am)),
            "{name}"
        );
        assert_eq!(
            check.fits(Lang::En).unwrap(),
            "Where it fits in your routine: Sunscreen, in the morning"
        );
    }
    let check = ingredients::check(known(), &reader(RESILIENT), "수분 선크림", L4_SUNSCREEN);
    assert_eq!(
        check.fits(Lang::Ko).unwrap(),
        "루틴에서의 자리: 아침 선크림"
    );
    // A salicylic cream that is not a sunscreen stays an evening product.
    let check = ingredients::check(known(), &reader(RESILIENT), "Spot cream", L6_MESSY);
    assert_eq!(check.time, Some(Time::Pm));
}

/// derm-3 B4: lactic acid (and the other acids used to adjust the pH) counts as an AHA only above the list's 1% line,
/// the first ingredient always used at 1% or less.
#[test]
fn an_acid_that_only_adjusts_the_ph_is_not_an_exfoliant() {
    for picks in [ISOTRETINOIN, ROSACEA, RETINOID_USER, UNDER_16] {
        assert!(
            !flags(picks, L4_SUNSCREEN)
                .iter()
                .any(|(text, _)| text == "LACTIC ACID"),
            "{picks:?}"
        );
    }
    assert_eq!(
        flags(ISOTRETINOIN, L4_SUNSCREEN),
        [flag("ALCOHOL", Level::Caution)]
    );
    let sunscreen = check(ISOTRETINOIN, L4_SUNSCREEN);
    assert!(sunscreen.ingredients[13].small_amount);
    assert_eq!(
        sunscreen.verdict(Lang::En),
        "Usable with care: 1 of its ingredients to watch with your answers."
    );
    // High in the list, or above the first preservative, it exfoliates.
    for label in [
        "Water, Lactic Acid, Glycerin, Sodium Hydroxide, Phenoxyethanol",
        "Water, Caprylic/Capric Triglyceride, Glycerin, Cetearyl Alcohol, Butylene Glycol, Squalane, Lactic Acid, \
         Phenoxyethanol, Xanthan Gum",
        // derm-4 K11: a `trace` ingredient among the first three is no 1% line (glycerin after a hyaluronate).
        "Water, Sodium Hyaluronate, Lactic Acid, Glycerin, Butylene Glycol",
        "Water, Sodium Hyaluronate, Glycerin, Lactic Acid",
        "Aqua, Xanthan Gum, Lactic Acid, Glycerin, Kaolin",
        "정제수, 젖산, 글리세린",
    ] {
        let lactic = check(ISOTRETINOIN, label);
        assert_eq!(lactic.level(), Some(Level::Avoid), "{label}");
        assert!(lactic.ingredients.iter().all(|read| !read.small_amount));
    }
    // After something used at 1% or less (a hyaluronate, a preservative, a chelator), it is at 1% or less too.
    for label in [
        "Water, Glycerin, Butylene Glycol, Sodium Hyaluronate, Lactic Acid",
        "Water, Glycerin, Butylene Glycol, Disodium EDTA, Malic Acid, Tartaric Acid",
        "Aqua, Glycerin, Butylene Glycol, Phenoxyethanol, Gluconolactone, Sodium Benzoate",
        "Water, Glycerin, Propanediol, Xanthan Gum, Ascorbic Acid",
    ] {
        for picks in [ISOTRETINOIN, ROSACEA] {
            assert_eq!(flags(picks, label), [], "{label} {picks:?}");
        }
    }
    // Glycolic acid exfoliates wherever it stands; an acidic vitamin C serum still stings.
    assert_eq!(
        flags(ISOTRETINOIN, "Water, Glycerin, Xanthan Gum, Glycolic Acid"),
        [flag("Glycolic Acid", Level::Avoid)]
    );
    assert_eq!(
        flags(ROSACEA, L5_VITAMIN_C),
        [
            flag("아스코빅애씨드", Level::Caution),
            flag("향료", Level::Caution)
        ]
    );
}

/// derm-3: benzyl alcohol is a preservative that is also a labelled fragrance allergen: a caution for a fragrance
/// allergy only; the neutral vitamin C derivatives and willow bark are ordinary.
#[test]
fn preservatives_gentle_derivatives_and_willow_bark_are_no_false_alarm() {
    for picks in [ROSACEA, ECZEMA, REACTIVE] {
        assert!(
            !flags(picks, L6_MESSY)
                .iter()
                .any(|(text, _)| text == "Benzyl Alcohol"),
            "{picks:?}"
        );
        assert!(
            !flags(picks, L10_PROBE)
                .iter()
                .any(|(text, _)| text == "Sodium Ascorbyl Phosphate"
                    || text.starts_with("Salix Alba")),
            "{picks:?}"
        );
    }
    assert!(flags(FRAGRANCE_ALLERGY, L6_MESSY).contains(&flag("Benzyl Alcohol", Level::Caution)));
    let names = inci_names(&check(RESILIENT, L10_PROBE));
    assert!(names.contains(&Some("Salix Alba Bark Extract")));
    assert!(names.contains(&Some("Sodium Ascorbyl Phosphate")));
}

/// derm-3: the Korean reason quotes the choice without a particle that depends on its last syllable ("‘꿀’라고").
#[test]
fn the_korean_reason_reads_after_any_last_syllable() {
    let check = check(&["allergies=honey"], L8_PROPOLIS);
    let why = check.why(&check.flags[0], Lang::Ko);
    assert_eq!(
        why,
        "꿀이나 벌 유래 성분이에요. 알레르기 질문에서 ‘꿀, 프로폴리스 등 벌 유래 성분’ 항목을 고르셨으니 피하는 게 좋아요."
    );
    assert!(!why.contains("’라고"));
}

/// derm-3: adapalene with benzoyl peroxide is an approved combination: said as how to use it, not as a breakdown.
#[test]
fn a_retinoid_with_benzoyl_peroxide_is_used_as_prescribed() {
    let check = check(RESILIENT, L9_ADAPALENE_BP);
    let why = check.why(&check.flags[1], Lang::En);
    assert!(why
        .contains("use it as prescribed or as its label says, and add no other acid or retinoid"));
    assert!(!why.contains("break"));
    assert!(check
        .why(&check.flags[1], Lang::Ko)
        .contains("처방받은 대로나 제품 설명서대로 쓰고"));
}

/// derm-3: a retinoid user pasting her own retinoid (an acid user her own acid) hears what the caution means.
#[test]
fn a_readers_own_active_may_be_this_product() {
    let yours =
        "If this is the one you already use, that's fine: just don't add it as a second one.";
    for (picks, label) in [
        (RETINOID_USER, L1_RETINOL),
        (&["conditions=acid"][..], L2_GLYCOLIC),
        (
            &["conditions=benzoyl_peroxide"][..],
            "Benzoyl Peroxide 5%, Water",
        ),
    ] {
        let check = check(picks, label);
        assert_eq!(check.flags.len(), 1, "{picks:?}");
        assert!(
            check.why(&check.flags[0], Lang::En).ends_with(yours),
            "{picks:?}"
        );
        assert!(check
            .why(&check.flags[0], Lang::Ko)
            .ends_with("지금 쓰고 있는 바로 그 제품이라면 괜찮아요. 같은 성분이 든 제품을 하나 더 쓰지는 마세요."));
    }
    // Another reason too (a retinoid on rosacea), or another family (an acid beside her retinoid): no such note.
    for (picks, label) in [
        (
            &["conditions=retinoid", "conditions=rosacea"][..],
            L1_RETINOL,
        ),
        (RETINOID_USER, L2_GLYCOLIC),
    ] {
        let check = check(picks, label);
        assert!(
            !check.why(&check.flags[0], Lang::En).contains(yours),
            "{picks:?}"
        );
    }
}

/// derm-3: a verdict with flags to avoid counts those to watch too.
#[test]
fn a_verdict_to_avoid_counts_those_to_watch() {
    let check = check(ISOTRETINOIN, MESSY);
    assert_eq!(
        check.verdict(Lang::En),
        "Not for you as it is: 1 of its ingredients to avoid with your answers. And 1 more to watch."
    );
    assert_eq!(
        check.verdict(Lang::Ko),
        "지금 답변으로는 맞지 않아요. 피해야 할 성분이 1개 있어요. 살펴볼 성분도 1개 더 있어요."
    );
}

// The fourth opinion's labels (derm-4, Task C), as it pasted them.

/// T1: a tazarotene and trifarotene gel.
const T1_TAZAROTENE: &str =
    "Tazarotene 0.1%, Trifarotene, Benzyl Alcohol, Carbomer 974P, Edetate Disodium, \
                             Poloxamer 407, Purified Water";
/// T2: a prescribed tretinoin 0.025% cream.
const T2_TRETINOIN: &str = "Tretinoin 0.025%, Stearic Acid, Isopropyl Myristate, Polyoxyl 40 Stearate, Stearyl \
                            Alcohol, Xanthan Gum, Sorbic Acid, Butylated Hydroxytoluene, Purified Water";
/// C3a: a sunscreen with lactic acid 11th of 15 and no `trace` ingredient (a preservative-free system).
const C3A_SUNSCREEN: &str = "Water, Homosalate, Ethylhexyl Methoxycinnamate, Octocrylene, Butyl \
                             Methoxydibenzoylmethane, Glycerin, Dimethicone, Silica, Tocopherol, Sodium Citrate, \
                             Lactic Acid, Citric Acid, Ethylhexylglycerin, Caprylyl Glycol, 1,2-Hexanediol";
/// C3b: a Korean tone-up sunscreen, 락틱애씨드 after 1,2-헥산다이올.
const C3B_SUNSCREEN: &str = "전성분: 정제수, 에틸헥실메톡시신나메이트, 부틸렌글라이콜, 징크옥사이드, \
                             나이아신아마이드, 글리세린, 다이메티콘, 1,2-헥산다이올, 락틱애씨드, 소듐시트레이트, \
                             에틸헥실글리세린, 아데노신";
/// C11: a Korean shop page's slash list.
const C11_SLASHES: &str =
    "전성분: 정제수/글리세린/글리콜릭애씨드/부틸렌글라이콜/나이아신아미드/살리실산/판테놀/향료";
/// C16: Korean pharmacopoeia steroid names.
const C16_STEROIDS: &str = "전성분: 정제수, 부틸렌글라이콜, 글리세린, 레티놀, 히드로코르티손, \
                            클로베타솔프로피온산에스테르, 프레드니솔론발레레이트아세테이트, \
                            베타메타손발레르산에스테르, 덱사메타손";
/// C17: a benzoyl peroxide 5% wash.
const C17_BPO_WASH: &str =
    "Water, Benzoyl Peroxide (5%), Sodium Cocoyl Isethionate, Glycerin, Carbomer, Sodium Hydroxide";
/// C19: a UK pharmacy label for hydrocortisone 1%.
const C19_UK_LABEL: &str =
    "Hydrocortisone 1% w/w. Also contains: Cetostearyl Alcohol, Liquid Paraffin, White Soft \
                            Paraffin, Chlorocresol, Purified Water";
/// C20: 리도멕스, Korea's best-known steroid cream.
const C20_LIDOMEX: &str =
    "전성분: 프레드니솔론발레레이트아세테이트, 세토스테아릴알코올, 백색바셀린, 유동파라핀, 정제수";

/// derm-4 R1: a reader's own prescribed retinoid or benzoyl peroxide is used as the prescriber said, not avoided;
/// adapalene for a teenager with acne is used as a GP or pharmacist recommends; pregnancy still avoids a retinoid.
#[test]
fn a_readers_own_prescription_is_used_as_prescribed() {
    let prescribed = [
        "conditions=retinoid",
        "conditions=benzoyl_peroxide",
        "conditions=prescription",
    ];
    for label in [T2_TRETINOIN, L9_ADAPALENE_BP, C17_BPO_WASH] {
        let check = check(&prescribed, label);
        assert_eq!(check.level(), Some(Level::Caution), "{label}");
        let why = check.why(&check.flags[0], Lang::En);
        assert!(
            why.contains("If your prescriber gave you this product, use it as they said."),
            "{why}"
        );
        assert!(check
            .why(&check.flags[0], Lang::Ko)
            .contains("처방받은 제품이라면 처방대로 쓰세요."));
    }
    let teenager = check(UNDER_16, L9_ADAPALENE_BP);
    assert_eq!(teenager.level(), Some(Level::Caution));
    assert!(teenager
        .why(&teenager.flags[0], Lang::En)
        .contains("Teenagers use acne treatments like this too"));
    // Cosmetic retinoids stay avoid for under 16; every retinoid stays avoid in pregnancy.
    assert_eq!(check(UNDER_16, RETINOL_SERUM).level(), Some(Level::Avoid));
    for label in [T2_TRETINOIN, L9_ADAPALENE_BP, T1_TAZAROTENE] {
        assert_eq!(
            check(PREGNANT, label).level(),
            Some(Level::Avoid),
            "{label}"
        );
    }
}

/// derm-4 R2: a sunscreen's lactic acid adjusts its pH; a list without a `trace` ingredient holds its actives among
/// its first five.
#[test]
fn a_sunscreens_acid_and_a_list_without_a_trace_line() {
    for (name, label) in [
        ("", C3A_SUNSCREEN),
        ("톤업 선크림", C3B_SUNSCREEN),
        ("", C3B_SUNSCREEN),
    ] {
        let check = ingredients::check(known(), &reader(ISOTRETINOIN), name, label);
        assert_eq!(check.level(), None, "{label}");
        assert!(check.ingredients.iter().any(|read| read.small_amount));
    }
    for label in [
        "Aqua, Lactic Acid, Glycerin, Propanediol, Sodium Lactate, Ethylhexylglycerin, 1,2-Hexanediol",
        "Water, Glycerin, Lactic Acid 5%, Sodium Hydroxide, Butylene Glycol, Caprylyl Glycol",
    ] {
        assert!(flags(ISOTRETINOIN, label).iter().any(|(text, _)| text.starts_with("Lactic")), "{label}");
    }
    // Beyond the first five, with no 1% line: a small amount.
    assert!(!flags(
        ISOTRETINOIN,
        "Water, Glycerin, Butylene Glycol, Propanediol, Betaine, Dimethicone, Lactic Acid, 1,2-Hexanediol"
    )
    .iter()
    .any(|(text, _)| text == "Lactic Acid"));
}

/// derm-4 R3: a list split by "/", "·" or "|" is read as its ingredients; "Water/Aqua/Eau" and a polymer stay one.
#[test]
fn slash_dot_and_bar_lists_are_read_as_their_ingredients() {
    for label in [
        "Glycerin/Glycolic Acid/Salicylic Acid",
        "Water / Glycerin / Glycolic Acid / Salicylic Acid / Fragrance",
        "Water · Glycerin · Glycolic Acid · Salicylic Acid",
        "Water|Glycerin|Glycolic Acid|Salicylic Acid",
    ] {
        let flagged: Vec<String> = flags(ISOTRETINOIN, label)
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(flagged, ["Glycolic Acid", "Salicylic Acid"], "{label}");
    }
    let korean = check(ISOTRETINOIN, C11_SLASHES);
    assert_eq!(korean.ingredients.len(), 8);
    assert_eq!(korean.unrecognised().count(), 0);
    assert_eq!(
        flags(ISOTRETINOIN, C11_SLASHES)
            .into_iter()
            .map(|(t, _)| t)
            .collect::<Vec<_>>(),
        ["글리콜릭애씨드", "살리실산"]
    );
    // One ingredient's names, a known name, a polymer and a plant's parts stay one.
    let one = check(
        RESILIENT,
        "Water/Aqua/Eau, Caprylic/Capric Triglyceride, Styrene/Acrylates Copolymer, \
                                Tasmannia Lanceolata Fruit/Leaf Extract",
    );
    assert_eq!(one.ingredients.len(), 4);
    // Mostly unread: the verdict says so.
    let partial = check(
        RESILIENT,
        "Aqua Glycerin Xylitol Betaine Allantoin Panthenol, Glycerin",
    );
    assert_eq!(
        partial.verdict(Lang::En),
        "We could read only part of this list, so we can't tell. Paste it with commas between the ingredients, or \
         check it yourself."
    );
    assert!(partial
        .verdict(Lang::Ko)
        .starts_with("목록의 일부만 읽을 수 있어서"));
}

/// derm-4 R4: tazarotene, trifarotene and the older Korean spellings are known; an unknown that looks like an active
/// is named in the verdict.
#[test]
fn retinoid_medicines_korean_spellings_and_unknown_actives() {
    assert_eq!(
        flags(PREGNANT, T1_TAZAROTENE),
        [
            flag("Tazarotene", Level::Avoid),
            flag("Trifarotene", Level::Avoid)
        ]
    );
    for (older, newer) in [
        ("글리콜릭애씨드", "글라이콜릭애씨드"),
        ("나이아신아미드", "나이아신아마이드"),
        ("디메티콘", "다이메티콘"),
        ("락틱애시드", "락틱애씨드"),
        ("플루오시놀론아세토니드", "플루오시놀론아세토나이드"),
    ] {
        let a = known().find(older).map(|e| e.inci);
        assert!(a.is_some(), "{older}");
        assert_eq!(a, known().find(newer).map(|e| e.inci), "{older}");
    }
    // Nothing else collides: 글리세린 and 글리콜 stay apart, and so do every two known names (the build refuses a
    // shared key; here, the readings the spellings touch).
    assert_ne!(
        known().find("글리세린").map(|e| e.inci),
        known().find("글리콜산").map(|e| e.inci)
    );
    let unknown_acid = check(
        ISOTRETINOIN,
        "Water, Glycerin, Pyruvic Acid, Butylene Glycol",
    );
    assert_eq!(
        unknown_acid.verdict(Lang::En),
        "Nothing we know here conflicts with your answers, but we don't know Pyruvic Acid, which may be an active \
         ingredient: check them with a pharmacist."
    );
    assert!(check(ISOTRETINOIN, "정제수, 글리세린, 피루빅애씨드")
        .verdict(Lang::Ko)
        .contains("피루빅애씨드은(는) 알 수 없어요"));
}

/// derm-4 R5: Korea's steroid creams (KP "-산에스테르" names, 리도멕스) and a UK pharmacy label are read.
#[test]
fn korean_steroid_creams_and_a_pharmacy_label_are_read() {
    let steroids = check(PREGNANT, C16_STEROIDS);
    assert_eq!(
        steroids.unrecognised().count(),
        0,
        "{:?}",
        steroids.unrecognised().collect::<Vec<_>>()
    );
    assert_eq!(
        flags(ROSACEA, C20_LIDOMEX),
        [flag("프레드니솔론발레레이트아세테이트", Level::Avoid)]
    );
    let uk = check(&["health=flare"], C19_UK_LABEL);
    assert_eq!(
        flags(&["health=flare"], C19_UK_LABEL),
        [flag("Hydrocortisone", Level::Caution)]
    );
    assert_eq!(uk.ingredients.len(), 6);
}

/// derm-4 R6: a medicine, or a product to avoid, gets no place in the routine.
#[test]
fn medicines_and_products_to_avoid_have_no_routine_step() {
    for (picks, name, label) in [
        (RESILIENT, "", L7_TRIPLE),
        (
            RESILIENT,
            "Hydrocortisone cream",
            "Water, Hydrocortisone, Glycerin, Cetearyl Alcohol",
        ),
        (RESILIENT, "", C19_UK_LABEL),
        (
            RESILIENT,
            "Crema de Belleza",
            "Petrolatum, Mineral Oil, Water, Calomel (Mercurous Chloride)",
        ),
        (RESILIENT, "Night gel", T2_TRETINOIN),
        (PREGNANT, "Retinol night cream", RETINOL_SERUM),
    ] {
        let check = ingredients::check(known(), &reader(picks), name, label);
        assert_eq!(check.fits(Lang::En), None, "{label}");
        assert_eq!(check.fits(Lang::Ko), None, "{label}");
    }
    // A plain cream keeps its place.
    let plain = ingredients::check(known(), &reader(RESILIENT), "Night cream", CERAMIDE_CREAM);
    assert!(plain.fits(Lang::En).is_some());
}

/// derm-4 K4: two reasons in Korean read "…고르셨고, …고르셨으니", not "…고르셨으니, …고르셨으니".
#[test]
fn two_korean_reasons_read_as_one_sentence() {
    let check = check(
        &["health=pregnant", "conditions=prescription"],
        RETINOL_SERUM,
    );
    let why = check.why(&check.flags[0], Lang::Ko);
    assert!(why.contains("항목을 고르셨고, "), "{why}");
    assert_eq!(why.matches("고르셨으니").count(), 1, "{why}");
}

/// derm-4 K1: a medicine's verdict says first that it is one.
#[test]
fn a_medicines_verdict_says_so_first() {
    let triple = check(RESILIENT, L7_TRIPLE);
    assert!(triple
        .verdict(Lang::En)
        .starts_with("This is a medicine, not a cosmetic: use it only as a doctor or pharmacist told you. Usable"));
    assert!(triple
        .verdict(Lang::Ko)
        .starts_with("화장품이 아니라 의약품이에요."));
    assert!(!check(RESILIENT, "Water, Calomel")
        .verdict(Lang::En)
        .contains("medicine"));
    assert!(!check(RESILIENT, CERAMIDE_CREAM)
        .verdict(Lang::En)
        .contains("medicine"));
}

/// derm-4 K2: a weakened immune system is lasting: its verdict is not "while your skin needs rest ... start nothing
/// new" (a transplant patient's plain moisturiser), unless the skin also needs rest now.
#[test]
fn a_weakened_immune_system_has_a_lasting_verdict() {
    let cream = check(&["health=immune"], CERAMIDE_CREAM);
    assert_eq!(cream.flags, []);
    assert_eq!(
        cream.verdict(Lang::En),
        "Nothing here conflicts with your answers. With a weakened immune system, ask your care team before you start \
         a new product; a plain fragrance-free moisturiser and SPF 50 sunscreen are usually fine."
    );
    assert_eq!(
        cream.verdict(Lang::Ko),
        "답변과 맞지 않는 성분은 없어요. 면역력이 떨어져 있다면 새 제품은 먼저 담당 의료진에게 물어보세요. 무향 \
         보습제와 SPF 50 선크림은 대개 괜찮아요."
    );
    // Sunburnt as well: the skin needs rest now.
    assert!(check(&["health=immune", "health=sunburn"], CERAMIDE_CREAM)
        .verdict(Lang::En)
        .ends_with("While your skin needs rest, keep to a gentle cleanser, a plain moisturiser and sunscreen you \
                    already use, and start nothing new."));
}

/// derm-4's C21: a camphor and menthol chest balm, as a breastfeeding mother might use.
const C21_CAMPHOR_BALM: &str =
    "Petrolatum, Camphor 11%, Menthol 8%, Cajuput Oil, Eucalyptus Oil, Clove Oil";

/// derm-4 K3: camphor, menthol and the essential oils, for a pregnant or breastfeeding reader: a caution that says to
/// keep them off the breasts and away from the baby's face.
#[test]
fn a_breastfeeding_mother_keeps_camphor_and_menthol_from_her_baby() {
    let balm = check(PREGNANT, C21_CAMPHOR_BALM);
    assert_eq!(
        flags(PREGNANT, C21_CAMPHOR_BALM),
        [
            flag("Camphor", Level::Caution),
            flag("Menthol", Level::Caution),
            flag("Cajuput Oil", Level::Caution),
            flag("Eucalyptus Oil", Level::Caution),
            flag("Clove Oil", Level::Caution),
        ]
    );
    for flag in &balm.flags {
        assert!(balm.why(flag, Lang::En).ends_with(
            "If you are breastfeeding, keep it off your breasts and away from your baby's face: camphor, menthol, \
             peppermint and eucalyptus can affect a baby's breathing."
        ));
        assert!(balm
            .why(flag, Lang::Ko)
            .ends_with("아기의 호흡에 영향을 줄 수 있어요."));
    }
    // Said once, after the caution that holds the answer; never to a reader who is not pregnant or breastfeeding.
    let why = balm.why(&balm.flags[0], Lang::En);
    assert_eq!(
        why.matches("breastfeeding, keep it off").count(),
        1,
        "{why}"
    );
    let rosacea = check(ROSACEA, C21_CAMPHOR_BALM);
    assert!(rosacea
        .flags
        .iter()
        .all(|flag| !rosacea.why(flag, Lang::En).contains("breastfeeding")));
    assert_eq!(flags(RESILIENT, C21_CAMPHOR_BALM), []);
    // Camphor oil and camphor's Korean name are camphor too.
    assert_eq!(
        flags(PREGNANT, "Petrolatum, Cinnamomum Camphora Bark Oil, 장뇌"),
        [
            flag("Cinnamomum Camphora Bark Oil", Level::Caution),
            flag("장뇌", Level::Caution)
        ]
    );
}

/// derm-4 K7: thimerosal and the phenylmercuric salts are allowed in eye makeup at a trace: a caution that says so,
/// not "stop using this product, see a doctor"; avoid where the mercury row says (pregnant, under 16, broken skin).
#[test]
fn a_mercury_preservative_in_a_mascara_is_a_caution() {
    let mascara = "Water, Beeswax, Copernicia Cerifera Wax, Acacia Senegal Gum, CI 77499, Phenyl Mercuric Acetate";
    let check_ = check(RESILIENT, mascara);
    assert_eq!(
        flags(RESILIENT, mascara),
        [flag("Phenyl Mercuric Acetate", Level::Caution)]
    );
    let why = check_.why(&check_.flags[0], Lang::En);
    assert_eq!(
        why,
        "A mercury preservative, allowed in tiny amounts in eye makeup only: in eye makeup, choose a mercury-free one \
         if you can; in any other product it is banned, so stop using it."
    );
    assert!(!why.contains("see a doctor"));
    assert!(check_
        .why(&check_.flags[0], Lang::Ko)
        .starts_with("눈 화장품에만 극소량 허용되는 수은 보존제예요."));
    // Not a medicine.
    assert!(check_.verdict(Lang::En).starts_with("Usable with care"));
    assert_eq!(
        flags(PREGNANT, "Water, Thimerosal"),
        [flag("Thimerosal", Level::Avoid)]
    );
}

/// derm-4 K8: the choice names propolis and the other bee products; beeswax, which can carry propolis, is a caution
/// for that allergy (and nothing for anyone else).
#[test]
fn beeswax_is_a_caution_for_a_bee_product_allergy() {
    let bees = &["allergies=honey"][..];
    let balm = "Butyrospermum Parkii Butter, Cera Alba, Helianthus Annuus Seed Oil, Tocopherol";
    assert_eq!(flags(bees, balm), [flag("Cera Alba", Level::Caution)]);
    let check_ = check(bees, balm);
    assert_eq!(
        check_.why(&check_.flags[0], Lang::En),
        "Beeswax, which can hold traces of propolis: take care with it, because you answered “Honey, propolis or other \
         bee products” about allergies."
    );
    assert_eq!(
        check_.why(&check_.flags[0], Lang::Ko),
        "프로폴리스가 조금 섞여 있을 수 있는 비즈왁스 성분이에요. 알레르기 질문에서 ‘꿀, 프로폴리스 등 벌 유래 성분’ 항목을 \
         고르셨으니 주의해서 쓰세요."
    );
    assert_eq!(flags(bees, "정제수, 밀랍"), [flag("밀랍", Level::Caution)]);
    // The second opinion after derm-4: yellow beeswax is beeswax; bee venom is a bee product to avoid.
    assert_eq!(
        flags(bees, "Aqua, Glycerin, Cera Flava"),
        [flag("Cera Flava", Level::Caution)]
    );
    assert_eq!(
        flags(bees, "Water, Glycerin, Bee Venom"),
        [flag("Bee Venom", Level::Avoid)]
    );
    assert_eq!(flags(bees, "정제수, 봉독"), [flag("봉독", Level::Avoid)]);
    assert_eq!(flags(RESILIENT, "Water, Glycerin, Bee Venom"), []);
    for picks in [
        RESILIENT,
        PREGNANT,
        ECZEMA,
        FRAGRANCE_ALLERGY,
        &["allergies=dairy"],
    ] {
        assert_eq!(flags(picks, balm), [], "{picks:?}");
    }
}

/// derm-4 K9: common names that were unknown: a 12% ammonium lactate lotion exfoliates, lavandin, clove and cajuput
/// are essential oils, and the pharmacy spellings of ordinary ingredients are ordinary.
#[test]
fn common_names_are_known() {
    let lotion = "Water, Glycerin, Ammonium Lactate, Mineral Oil, Glyceryl Stearate, PEG-100 Stearate, Propylene \
                  Glycol, Magnesium Aluminum Silicate, Cetyl Alcohol, Methylparaben, Propylparaben";
    assert_eq!(
        flags(ISOTRETINOIN, lotion),
        [flag("Ammonium Lactate", Level::Avoid)]
    );
    for oil in [
        "Lavandula Hybrida Oil",
        "라반딘오일",
        "Eugenia Caryophyllus (Clove) Bud Oil",
        "Eugenia Caryophyllus Leaf Oil",
        "Melaleuca Leucadendron (Cajuput) Oil",
    ] {
        assert_eq!(
            flags(FRAGRANCE_ALLERGY, &format!("Water, {oil}")),
            [flag(oil, Level::Avoid)],
            "{oil}"
        );
    }
    let ordinary =
        "Purified Water, Edetate Disodium, Carbomer 974P, Carbomer 980, Poloxamer 407, Sodium \
                    Metabisulfite, Sulfur, Kojic Acid, 코직애씨드, 황, Potassium Phosphate";
    let read = check(ISOTRETINOIN, ordinary);
    assert_eq!(read.unrecognised().collect::<Vec<_>>(), [] as [&str; 0]);
    assert_eq!(read.flags, []);
    // derm-4's T1: everything but the two retinoids is ordinary now.
    let gel = check(PREGNANT, T1_TAZAROTENE);
    assert_eq!(gel.unrecognised().count(), 0);
}

/// derm-4 K12: lactic acid below the 1% line is not an antioxidant: "for the product's stability", in Korean too.
#[test]
fn a_small_amount_says_what_it_is_for() {
    assert_eq!(
        known().text(ingredients::text::SMALL_AMOUNT, Lang::Ko),
        "{name}(여기서는 pH 조절이나 제품 안정을 위한 소량)"
    );
}

/// derm-4 K13: "Nothing here conflicts" only when every name was read; beside unknown names, "Nothing we recognise".
#[test]
fn a_clear_verdict_beside_unknown_names_says_what_it_read() {
    // derm-4's C10: a footnote read as two names.
    let paste = "Water, Glycerin, Squalane, Cetearyl Alcohol, Tocopherol*\n*organic · may contain traces of nuts";
    let read = check(RESILIENT, paste);
    assert_eq!(
        read.unrecognised().collect::<Vec<_>>(),
        ["organic", "traces of nuts"]
    );
    assert_eq!(read.flags, []);
    assert_eq!(
        read.verdict(Lang::En),
        "Nothing we recognise conflicts with your answers."
    );
    assert_eq!(
        read.verdict(Lang::Ko),
        "확인한 성분 중에는 답변과 맞지 않는 게 없어요."
    );
    assert_eq!(
        check(RESILIENT, "Water, Glycerin, Squalane").verdict(Lang::En),
        "Nothing here conflicts with your answers."
    );
}

/// derm-4 K1 and K3: a sentence that is not about the reader's own answers is read once down a product's flags: the
/// breastfeeding sentence on a balm of five cooling oils, the steroid sentence beside two steroids; each flag keeps
/// its own reasons ([`Check::why`] stays whole for the CLI's JSON).
#[test]
fn a_sentence_for_every_reader_is_said_once_a_product() {
    let said_once = |picks: &[&str], label: &str, sentence: &str| {
        let check = check(picks, label);
        let reasons = check.reasons(Lang::En);
        assert_eq!(reasons.len(), check.flags.len());
        let times: usize = reasons
            .iter()
            .map(|why| why.matches(sentence).count())
            .sum();
        assert_eq!(times, 1, "{sentence}: {reasons:#?}");
        let whole = check
            .flags
            .iter()
            .filter(|flag| check.why(flag, Lang::En).contains(sentence))
            .count();
        assert!(whole > 1, "more than one flag says it: {whole}");
        reasons
    };
    let balm = said_once(
        PREGNANT,
        C21_CAMPHOR_BALM,
        "If you are breastfeeding, keep it off your breasts",
    );
    // Each cooling ingredient still names why it is flagged for her.
    assert!(balm.iter().all(|why| !why.is_empty()), "{balm:#?}");
    let steroids = "Water, Hydrocortisone, Clobetasol Propionate, Glycerin";
    let steroid = check(RESILIENT, steroids);
    let sentence = steroid.why(&steroid.flags[0], Lang::En);
    said_once(RESILIENT, steroids, &sentence);
}
