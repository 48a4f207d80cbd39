//! Realistic visitors, as a dermatologist would try the quiz: for each, what must be shown (tips, cautions, a doctor
//! pointer), what must never be, and a routine they could follow. Every persona answers every question; anything not
//! named takes the calm default of `common::CALM`.

mod common;

use skin_rules::{
    evaluate, questionnaire, text, Answers, Axis, DecodeError, Lang, Outcome, RoutineSource,
    RoutineStep, Severity, Tag,
};

struct Persona {
    name: &'static str,
    /// Answers instead of the calm ones to the same questions; a question named twice gets both choices.
    answers: &'static [(&'static str, &'static str)],
    /// Tips that must be among those shown.
    shown: &'static [&'static str],
    /// Tips that must not be shown.
    hidden: &'static [&'static str],
    /// No shown tip may carry one of these tags.
    no_tags: &'static [Tag],
    /// Cautions that must be in the outcome.
    cautions: &'static [&'static str],
    /// Cautions that must not be.
    no_cautions: &'static [&'static str],
    /// Words a caution must contain, in English and in Korean: (caution id, en, ko).
    says: &'static [(&'static str, &'static str, &'static str)],
    /// Whether the outcome points to a doctor first (a see-a-dermatologist box).
    doctor: bool,
    /// Whether the outcome is the calm plan: no tip, the staples only, no product (issue 25).
    calm: bool,
}

/// What inflamed, reactive or pigmented skin is kept from.
const HEAT_RUBBING_FIRM_MASSAGE_OILS: &[Tag] = &[
    Tag::Heat,
    Tag::Friction,
    Tag::FirmMassage,
    Tag::EssentialOil,
];

/// What a face that just reacted, or is healing from a procedure, is kept from until a doctor or the clinic has seen it.
const UNTIL_SEEN: &[Tag] = &[
    Tag::Heat,
    Tag::Friction,
    Tag::Massage,
    Tag::EssentialOil,
    Tag::HomeMade,
    Tag::VitaminC,
    Tag::NewProduct,
];

/// What a persona asks for nothing of: each persona below names only what it needs.
const PERSONA: Persona = Persona {
    name: "",
    answers: &[],
    shown: &[],
    hidden: &[],
    no_tags: &[],
    cautions: &[],
    no_cautions: &[],
    says: &[],
    doctor: false,
    calm: false,
};

const PERSONAS: &[Persona] = &[
    Persona {
        name: "pregnant, with melasma",
        answers: &[
            ("sensitivity", "sometimes"),
            ("concerns", "dark_marks"),
            ("concerns", "dullness"),
            ("makeup", "light"),
            ("days", "outdoors_sun"),
            ("health", "pregnant"),
        ],
        shown: &["head_to_toe_moisture"],
        hidden: &["steam_session", "egg_white_honey_mask", "skin_teas"],
        no_tags: &[Tag::Heat, Tag::EssentialOil, Tag::Egg, Tag::Ginseng],
        cautions: &["pregnancy", "dark_marks", "sun"],
        says: &[
            ("pregnancy", "hydroquinone", "하이드로퀴논"),
            ("pregnancy", "Retinoids", "레티노이드"),
            ("pregnancy", "isotretinoin", "이소트레티노인(로아큐탄 등)"),
            ("pregnancy", "midwife", "산부인과 의사"),
        ],
        ..PERSONA
    },
    Persona {
        name: "pregnant, with frequent spots",
        answers: &[
            ("skin_feel", "shiny_all"),
            ("breakouts", "frequent"),
            ("concerns", "pores"),
            ("health", "pregnant"),
        ],
        shown: &["charcoal_mask"],
        hidden: &["steam_session", "essential_oil_massage"],
        no_tags: &[Tag::Heat, Tag::EssentialOil, Tag::Friction],
        cautions: &["pregnancy", "breakouts_frequent"],
        // The spot treatments include a retinoid (adapalene): not named to her at all (issue 25).
        no_cautions: &["spot_treatments"],
        says: &[
            ("pregnancy", "Retinoids", "레티노이드"),
            ("breakouts_frequent", "pharmacist", "약국"),
        ],
        ..PERSONA
    },
    Persona {
        name: "darker skin, prone to dark marks after spots",
        answers: &[
            ("skin_feel", "shiny_tzone"),
            ("breakouts", "occasional"),
            ("concerns", "dark_marks"),
            ("concerns", "pores"),
        ],
        shown: &["tzone_first", "vitamin_c_serum"],
        hidden: &[
            "steam_session",
            "washcloth_exfoliation",
            "warm_palms",
            // Irritation darkens marks: no essential oil either.
            "essential_oil_massage",
        ],
        no_tags: &[Tag::Heat, Tag::Friction, Tag::EssentialOil],
        cautions: &["dark_marks"],
        says: &[("dark_marks", "sunscreen", "선크림")],
        ..PERSONA
    },
    Persona {
        name: "teen with deep, painful acne",
        answers: &[
            ("skin_feel", "shiny_all"),
            ("sensitivity", "sometimes"),
            ("breakouts", "deep_painful"),
            ("concerns", "pores"),
            ("routine_time", "generous"),
            ("stress", "tense"),
        ],
        shown: &["green_tea_sheet_mask"],
        hidden: &[
            "essential_oil_massage",
            "kneading_acupressure",
            "sculpting_massage",
            "soothing_strokes",
            "lymphatic_drainage",
            "steam_session",
            "egg_white_honey_mask",
        ],
        no_tags: HEAT_RUBBING_FIRM_MASSAGE_OILS,
        cautions: &["see_dermatologist_cystic"],
        says: &[("see_dermatologist_cystic", "dermatologist", "피부과")],
        doctor: true,
        ..PERSONA
    },
    Persona {
        name: "eczema-prone, very dry",
        answers: &[
            ("skin_feel", "tight"),
            ("sensitivity", "sometimes"),
            ("conditions", "eczema"),
            ("concerns", "dryness"),
            ("days", "dry_indoor"),
        ],
        shown: &["sleeping_mask", "moisturise_within_seconds"],
        hidden: &[
            "washcloth_exfoliation",
            "milk_cleanse",
            "rice_water_mist",
            "warm_palms",
            "cleanse_424",
        ],
        no_tags: &[
            Tag::Heat,
            Tag::Friction,
            Tag::EssentialOil,
            Tag::Egg,
            Tag::Dairy,
            Tag::HomeMade,
        ],
        cautions: &["eczema", "patch_test"],
        says: &[
            ("eczema", "fragrance-free", "무향"),
            ("patch_test", "inner arm", "팔 안쪽"),
        ],
        ..PERSONA
    },
    Persona {
        name: "freshly shaving",
        answers: &[
            ("conditions", "shaving"),
            ("concerns", "dullness"),
            ("skin_feel", "tight"),
        ],
        hidden: &["washcloth_exfoliation"],
        no_tags: &[Tag::Friction],
        cautions: &["shaving"],
        says: &[("shaving", "with a clean, sharp blade", "면도날")],
        ..PERSONA
    },
    Persona {
        name: "fragrance-allergic, sometimes reactive",
        answers: &[
            ("sensitivity", "sometimes"),
            ("allergies", "fragrance"),
            ("concerns", "dullness"),
            ("routine_time", "generous"),
            ("stress", "tense"),
        ],
        shown: &["adapt_to_the_day"],
        hidden: &[
            "essential_oil_massage",
            "steamy_toner_spot",
            "washcloth_exfoliation",
        ],
        no_tags: &[Tag::EssentialOil, Tag::Friction],
        cautions: &["allergy_fragrance", "patch_test"],
        says: &[("patch_test", "7–10 days", "7~10일")],
        ..PERSONA
    },
    Persona {
        name: "diagnosed rosacea",
        answers: &[
            ("sensitivity", "reactive"),
            ("conditions", "rosacea"),
            ("concerns", "redness"),
            ("routine_time", "generous"),
            ("concerns", "lines"),
            ("stress", "tense"),
        ],
        shown: &["tapping", "green_tea_rinse"],
        hidden: &[
            // Hot drinks set off flushing.
            "skin_teas",
            // Light strokes too: the National Rosacea Society advises against massaging the face.
            "soothing_strokes",
            "kneading_acupressure",
            "sculpting_massage",
            "steam_session",
            "washcloth_exfoliation",
            "cleanse_424",
        ],
        no_tags: &[
            Tag::Heat,
            Tag::Friction,
            Tag::FirmMassage,
            Tag::Massage,
            Tag::EssentialOil,
        ],
        // Already diagnosed: not told to have it looked at, in the doctor box.
        no_cautions: &["see_dermatologist_rosacea"],
        cautions: &["rosacea", "heat_sensitive"],
        // 주사 alone reads as "injection".
        says: &[
            ("rosacea", "sunscreen", "선크림"),
            ("rosacea", "rosacea", "주사(로사세아)"),
            ("rosacea", "zinc oxide", "산화아연"),
            ("rosacea", "red eyes", "충혈"),
        ],
        ..PERSONA
    },
    Persona {
        name: "reactive skin with persistent redness, never diagnosed",
        answers: &[
            ("sensitivity", "reactive"),
            ("concerns", "redness"),
            ("stress", "tense"),
            ("routine_time", "generous"),
        ],
        shown: &["tapping"],
        hidden: &[
            "steam_session",
            "warm_palms",
            "kneading_acupressure",
            // Even light strokes can set off flushing: not before a doctor has looked at it.
            "soothing_strokes",
            "lymphatic_drainage",
        ],
        no_tags: &[Tag::Heat, Tag::Friction, Tag::FirmMassage, Tag::Massage],
        cautions: &["see_dermatologist_rosacea", "heat_sensitive"],
        says: &[("see_dermatologist_rosacea", "rosacea", "주사")],
        doctor: true,
        ..PERSONA
    },
    Persona {
        name: "retinoid user with fine lines",
        answers: &[
            ("conditions", "retinoid"),
            ("concerns", "lines"),
            ("concerns", "dullness"),
        ],
        shown: &["facial_exercises"],
        hidden: &["washcloth_exfoliation"],
        no_tags: &[Tag::Friction],
        cautions: &["actives"],
        says: &[("actives", "sunscreen", "선크림")],
        ..PERSONA
    },
    Persona {
        name: "on isotretinoin",
        answers: &[
            ("conditions", "prescription"),
            ("skin_feel", "tight"),
            ("concerns", "dullness"),
        ],
        hidden: &["washcloth_exfoliation"],
        no_tags: &[Tag::Friction],
        cautions: &["prescription"],
        says: &[
            ("prescription", "wax", "왁싱"),
            ("prescription", "isotretinoin", "로아큐탄"),
        ],
        ..PERSONA
    },
    Persona {
        name: "on isotretinoin, frequent spots, goals dark marks and pores, outdoors",
        answers: &[
            ("conditions", "prescription"),
            ("breakouts", "frequent"),
            ("concerns", "dark_marks"),
            ("concerns", "pores"),
            ("days", "outdoors_sun"),
            ("routine_time", "generous"),
        ],
        // Nothing new, nothing drying or acidic without the prescriber (review of issue 18).
        hidden: &[
            "charcoal_mask",
            "egg_white_honey_mask",
            "vitamin_c_serum",
            "green_tea_sheet_mask",
            "natural_toner",
            "rice_water_rinse",
        ],
        no_tags: &[Tag::Friction, Tag::HomeMade, Tag::VitaminC, Tag::NewProduct],
        cautions: &["prescription", "breakouts_frequent"],
        says: &[("prescription", "every new product", "새 제품")],
        ..PERSONA
    },
    Persona {
        name: "frequent spots, already using benzoyl peroxide",
        answers: &[
            ("skin_feel", "shiny_all"),
            ("breakouts", "frequent"),
            ("conditions", "benzoyl_peroxide"),
            ("makeup", "full"),
            ("routine_time", "generous"),
        ],
        shown: &["green_tea_sheet_mask", "double_cleanse"],
        hidden: &[
            // Heat inflames spots and adds to the peroxide's dryness.
            "steam_session",
            "washcloth_exfoliation",
            "essential_oil_massage",
            "kneading_acupressure",
            // Minutes of oil massage every night: the rubbing the spot caution says is left out.
            "cleanse_424",
        ],
        no_tags: &[Tag::Friction, Tag::FirmMassage, Tag::EssentialOil],
        cautions: &["breakouts_frequent", "benzoyl_peroxide"],
        // Already on a treatment: no second one suggested (an acid or a retinoid on top of benzoyl peroxide).
        no_cautions: &["spot_treatments"],
        says: &[
            ("breakouts_frequent", "2–3 months", "2~3개월"),
            ("benzoyl_peroxide", "bleaches", "탈색"),
        ],
        ..PERSONA
    },
    Persona {
        name: "frequent spots, no treatment yet",
        answers: &[("skin_feel", "shiny_all"), ("breakouts", "frequent")],
        cautions: &["breakouts_frequent", "spot_treatments"],
        says: &[
            // Adapalene is prescription-only in Korea.
            (
                "spot_treatments",
                "in Korea it needs a prescription",
                "한국에서는 의사의 처방이 필요",
            ),
            ("spot_treatments", "Over-the-counter", "드럭스토어"),
        ],
        ..PERSONA
    },
    Persona {
        name: "a mole that has changed, loves a long massage",
        answers: &[
            ("health", "changing_mole"),
            ("routine_time", "generous"),
            ("concerns", "dullness"),
        ],
        cautions: &["see_dermatologist_mole"],
        says: &[(
            "see_dermatologist_mole",
            "massage and exfoliation",
            "마사지나 각질 제거",
        )],
        doctor: true,
        ..PERSONA
    },
    Persona {
        name: "melasma, picks other goals (lines and dullness)",
        answers: &[
            ("conditions", "pigmentation"),
            ("concerns", "lines"),
            ("concerns", "dullness"),
            ("makeup", "light"),
            ("routine_time", "generous"),
        ],
        shown: &["vitamin_c_serum"],
        hidden: &[
            // Even light massage aggravates melasma (review of issue 18).
            "cleanse_424",
            "soothing_strokes",
            "steam_session",
            "washcloth_exfoliation",
            "kneading_acupressure",
            "sculpting_massage",
            "warm_palms",
            "essential_oil_massage",
        ],
        no_tags: &[Tag::Heat, Tag::Friction, Tag::Massage, Tag::EssentialOil],
        cautions: &["dark_marks"],
        says: &[
            // Melasma does not simply fade; a Korean tone-up cream is not a tinted sunscreen.
            ("dark_marks", "melasma is long-lasting", "기미는 오래가고"),
            ("dark_marks", "tinted", "톤업 선크림이 아니라"),
            ("melasma_treatments", "tranexamic acid", "트라넥삼산"),
            ("dark_marks", "melasma", "기미"),
            ("dark_marks", "tinted one (with iron oxides)", "산화철"),
        ],
        ..PERSONA
    },
    Persona {
        name: "flushes easily, picks lines and dullness, never diagnosed",
        answers: &[
            ("conditions", "flushing"),
            ("concerns", "lines"),
            ("concerns", "dullness"),
            ("routine_time", "generous"),
            ("stress", "tense"),
        ],
        shown: &["facial_exercises"],
        hidden: &[
            "skin_teas",
            "vitamin_c_serum",
            "egg_white_honey_mask",
            "steam_session",
            "kneading_acupressure",
            "sculpting_massage",
            "soothing_strokes",
            "essential_oil_massage",
            "warm_palms",
        ],
        no_tags: &[
            Tag::Heat,
            Tag::Friction,
            Tag::FirmMassage,
            Tag::Massage,
            Tag::EssentialOil,
        ],
        cautions: &["see_dermatologist_rosacea", "heat_sensitive"],
        says: &[("see_dermatologist_rosacea", "rosacea", "주사(로사세아)")],
        doctor: true,
        ..PERSONA
    },
    Persona {
        name: "hives after a new product, loves a long ritual",
        answers: &[
            ("health", "swelling"),
            ("sensitivity", "sometimes"),
            ("concerns", "dullness"),
            ("concerns", "puffiness"),
            ("routine_time", "generous"),
            ("stress", "tense"),
            ("makeup", "full"),
        ],
        hidden: &[
            "steam_session",
            "green_tea_rinse",
            "rice_water_rinse",
            "milk_pack",
            "egg_white_honey_mask",
            "lymphatic_drainage",
            "soothing_strokes",
            "kneading_acupressure",
            "sculpting_massage",
            "essential_oil_massage",
            "vitamin_c_serum",
            "cleanse_424",
            "warm_palms",
        ],
        no_tags: UNTIL_SEEN,
        no_cautions: &["patch_test"],
        cautions: &["see_dermatologist_swelling"],
        says: &[
            ("see_dermatologist_swelling", "Stop using", "중단하세요"),
            (
                "see_dermatologist_swelling",
                "massage of any pressure",
                "모든 마사지",
            ),
            ("see_dermatologist_swelling", "home-made", "직접 만들"),
        ],
        doctor: true,
        calm: true,
        ..PERSONA
    },
    Persona {
        name: "a 14-year-old with spots now and then",
        answers: &[
            ("health", "under_16"),
            ("breakouts", "occasional"),
            ("concerns", "pores"),
            ("concerns", "dullness"),
            ("routine_time", "generous"),
            ("water", "low"),
            ("stress", "tense"),
        ],
        shown: &["water_intake", "tzone_first"],
        hidden: &[
            "egg_white_honey_mask",
            "kneading_acupressure",
            "sculpting_massage",
            "charcoal_mask",
            "steam_session",
            "essential_oil_massage",
            "skin_teas",
            "vitamin_c_serum",
        ],
        no_tags: &[
            Tag::Heat,
            Tag::EssentialOil,
            Tag::Ginseng,
            Tag::VitaminC,
            Tag::Egg,
            Tag::FirmMassage,
            Tag::NewProduct,
        ],
        cautions: &["under_16"],
        says: &[
            ("under_16", "parent", "보호자"),
            ("under_16", "only anti-ageing step", "선크림 하나면"),
        ],
        ..PERSONA
    },
    Persona {
        name: "two weeks after a laser and jaw injections, V-line goals",
        answers: &[
            ("conditions", "procedure"),
            ("concerns", "lines"),
            ("concerns", "puffiness"),
            ("routine_time", "generous"),
            ("stress", "tense"),
            ("makeup", "full"),
        ],
        hidden: &[
            "double_cleanse",
            "remove_makeup_always",
            "sculpting_massage",
            "kneading_acupressure",
            "lymphatic_drainage",
            "soothing_strokes",
            "essential_oil_massage",
            "steam_session",
            "washcloth_exfoliation",
            "egg_white_honey_mask",
            "vitamin_c_serum",
            "cleanse_424",
            "warm_palms",
        ],
        no_tags: UNTIL_SEEN,
        cautions: &["procedure"],
        says: &[
            ("procedure", "pale or dusky", "응급실"),
            ("procedure", "aftercare", "관리 안내"),
            ("procedure", "don't press or rub", "누르거나 문지르지"),
        ],
        calm: true,
        ..PERSONA
    },
    Persona {
        name: "eczema, uses an acid, wants firmer-looking skin",
        answers: &[
            ("conditions", "eczema"),
            ("conditions", "acid"),
            ("concerns", "lines"),
            ("routine_time", "generous"),
        ],
        shown: &["facial_exercises"],
        hidden: &["kneading_acupressure", "sculpting_massage", "steam_session"],
        no_tags: &[Tag::FirmMassage, Tag::Heat, Tag::Friction],
        cautions: &["eczema", "actives"],
        ..PERSONA
    },
    Persona {
        name: "under five minutes, wears makeup daily",
        answers: &[
            ("routine_time", "quick"),
            ("makeup", "full"),
            ("skin_feel", "shiny_tzone"),
            ("days", "humid"),
            ("concerns", "dullness"),
        ],
        ..PERSONA
    },
    Persona {
        name: "calm skin, enjoys a long evening ritual",
        answers: &[
            ("routine_time", "generous"),
            ("concerns", "dullness"),
            ("concerns", "pores"),
            ("makeup", "full"),
        ],
        shown: &["steam_session", "washcloth_exfoliation", "cleanse_424"],
        ..PERSONA
    },
    // Issue 25: the skin as it is now, and the medicines that decide. Each calm persona loves a long ritual, so the
    // full routine would be long: the calm plan must hold whatever else they answer.
    Persona {
        name: "a cold sore today, loves a long ritual with masks",
        answers: &[
            ("health", "broken_skin"),
            ("concerns", "lines"),
            ("concerns", "pores"),
            ("routine_time", "generous"),
            ("stress", "tense"),
            ("makeup", "light"),
        ],
        hidden: &[
            "facial_exercises",
            "egg_white_honey_mask",
            "essential_oil_massage",
        ],
        cautions: &["broken_skin"],
        no_cautions: &["patch_test", "spot_treatments"],
        says: &[
            ("broken_skin", "cold-sore cream", "입술 포진 연고"),
            ("broken_skin", "near your eye", "눈 가까이"),
        ],
        calm: true,
        ..PERSONA
    },
    Persona {
        name: "sunburnt after a beach day, on a retinoid, wants glow",
        answers: &[
            ("health", "sunburn"),
            ("conditions", "retinoid"),
            ("concerns", "dullness"),
            ("days", "outdoors_sun"),
            ("routine_time", "generous"),
        ],
        hidden: &["steam_session", "vitamin_c_serum"],
        cautions: &["sunburn"],
        no_cautions: &["actives"],
        says: &[
            ("sunburn", "Pause your retinoid", "레티노이드"),
            ("sunburn", "cool", "식히"),
            ("sunburn", "blisters over a large area", "넓은 부위에 물집"),
        ],
        calm: true,
        ..PERSONA
    },
    Persona {
        name: "a rash around the mouth, sometimes-reactive, dry",
        answers: &[
            ("health", "flare"),
            ("sensitivity", "sometimes"),
            ("skin_feel", "tight"),
            ("concerns", "dryness"),
        ],
        hidden: &["sleeping_mask", "egg_white_honey_mask", "milk_pack"],
        cautions: &["flare"],
        no_cautions: &["patch_test"],
        says: &[
            ("flare", "steroid", "스테로이드"),
            ("flare", "the same day", "그날 바로"),
        ],
        calm: true,
        ..PERSONA
    },
    Persona {
        name: "a new acid that stings, wants an even tone",
        answers: &[
            ("health", "stinging"),
            ("conditions", "acid"),
            ("concerns", "dark_marks"),
            ("concerns", "dullness"),
        ],
        hidden: &["vitamin_c_serum", "natural_toner"],
        cautions: &["stinging"],
        no_cautions: &["actives", "patch_test"],
        says: &[
            ("stinging", "stop that product now", "바로 중단"),
            ("stinging", "call emergency services", "119"),
        ],
        calm: true,
        ..PERSONA
    },
    Persona {
        name: "62, on blood thinners, thin dry skin, wants firmer-looking skin",
        answers: &[
            ("health", "blood_thinners"),
            ("skin_feel", "tight"),
            ("concerns", "lines"),
            ("concerns", "dryness"),
            ("routine_time", "generous"),
            ("stress", "tense"),
            ("water", "low"),
        ],
        shown: &["head_to_toe_moisture"],
        hidden: &[
            "kneading_acupressure",
            "sculpting_massage",
            "steam_session",
            "washcloth_exfoliation",
            "warm_palms",
            "skin_teas",
        ],
        no_tags: &[Tag::Heat, Tag::Friction, Tag::FirmMassage, Tag::Ginseng],
        cautions: &["blood_thinners"],
        says: &[
            ("blood_thinners", "bruise", "멍"),
            ("blood_thinners", "ginseng", "인삼"),
        ],
        ..PERSONA
    },
    Persona {
        name: "pregnant, still using a retinoid",
        answers: &[
            ("health", "pregnant"),
            ("conditions", "retinoid"),
            ("concerns", "lines"),
        ],
        cautions: &["see_dermatologist_pregnancy_medicine", "pregnancy"],
        no_cautions: &["actives", "spot_treatments"],
        says: &[
            (
                "see_dermatologist_pregnancy_medicine",
                "Stop any retinoid",
                "지금 바로 중단",
            ),
            ("pregnancy", "must not be used", "사용하지 마세요"),
        ],
        doctor: true,
        ..PERSONA
    },
    Persona {
        name: "pregnant, on isotretinoin",
        answers: &[
            ("health", "pregnant"),
            ("conditions", "prescription"),
            ("breakouts", "frequent"),
        ],
        cautions: &["see_dermatologist_pregnancy_medicine", "prescription"],
        no_cautions: &["spot_treatments", "patch_test"],
        says: &[(
            "see_dermatologist_pregnancy_medicine",
            "call your prescriber today",
            "오늘 처방한 의사에게 연락",
        )],
        doctor: true,
        ..PERSONA
    },
    // The second opinion on issue 25 (derm-1): visitors it invented, each finding held here.
    Persona {
        name: "derm-1 B: pregnant, puffy mornings (derm-4 K3: a plan without massage, not the calm plan)",
        answers: &[
            ("health", "pregnant"),
            ("concerns", "puffiness"),
            ("routine_time", "quick"),
        ],
        hidden: &["lymphatic_drainage", "kneading_acupressure"],
        no_tags: &[Tag::Massage],
        cautions: &["see_dermatologist_pregnancy_swelling", "pregnancy"],
        says: &[
            (
                "see_dermatologist_pregnancy_swelling",
                "pre-eclampsia",
                "전자간증",
            ),
            ("pregnancy", "nipple", "유륜"),
        ],
        doctor: true,
        ..PERSONA
    },
    Persona {
        name: "derm-1 D: 15, tretinoin, marks that linger",
        answers: &[
            ("health", "under_16"),
            ("conditions", "retinoid"),
            ("conditions", "pigmentation"),
            ("breakouts", "frequent"),
            ("makeup", "full"),
        ],
        no_cautions: &["melasma_treatments", "patch_test", "spot_treatments"],
        cautions: &["dark_marks", "actives"],
        ..PERSONA
    },
    Persona {
        name: "derm-1 U: 68, a growing brown patch, wants it faded",
        answers: &[
            ("health", "changing_mole"),
            ("concerns", "dark_marks"),
            ("conditions", "pigmentation"),
            ("days", "outdoors_sun"),
        ],
        hidden: &["vitamin_c_serum"],
        no_cautions: &["melasma_treatments"],
        cautions: &["see_dermatologist_mole", "dark_marks"],
        says: &[("dark_marks", "not one to fade", "옅게 만들 대상이 아니에요")],
        doctor: true,
        ..PERSONA
    },
    Persona {
        name: "derm-1 A: acne on doxycycline, outdoors, no makeup",
        answers: &[
            ("skin_feel", "shiny_all"),
            ("conditions", "prescription"),
            ("conditions", "shaving"),
            ("breakouts", "frequent"),
            ("days", "outdoors_sun"),
        ],
        hidden: &["double_cleanse", "natural_toner", "charcoal_mask"],
        no_tags: &[Tag::NewProduct],
        no_cautions: &["patch_test"],
        says: &[("prescription", "doxycycline", "독시사이클린")],
        cautions: &["prescription"],
        ..PERSONA
    },
    Persona {
        name: "derm-1 E: 71, rosacea, light makeup",
        answers: &[
            ("skin_feel", "tight"),
            ("sensitivity", "sometimes"),
            ("conditions", "rosacea"),
            ("concerns", "lines"),
            ("makeup", "light"),
            ("routine_time", "generous"),
        ],
        hidden: &["natural_toner"],
        cautions: &["rosacea"],
        ..PERSONA
    },
    Persona {
        name: "derm-1 I: between chemotherapy cycles",
        answers: &[
            ("health", "immune"),
            ("skin_feel", "tight"),
            ("concerns", "dullness"),
            ("water", "low"),
        ],
        cautions: &["immune"],
        says: &[("immune", "care team", "담당 의료진")],
        calm: true,
        ..PERSONA
    },
    Persona {
        name: "derm-1 N: a red rash on cheeks and nose, worse in the sun",
        answers: &[("concerns", "redness"), ("concerns", "dryness")],
        cautions: &["see_dermatologist_rosacea"],
        says: &[("see_dermatologist_rosacea", "lupus", "루푸스")],
        doctor: true,
        ..PERSONA
    },
    // The second opinion on the final content (derm-2).
    Persona {
        name: "derm-2 V1: on isotretinoin, planning a pregnancy",
        answers: &[("conditions", "prescription"), ("breakouts", "frequent")],
        cautions: &["prescription", "isotretinoin_pregnancy"],
        says: &[("isotretinoin_pregnancy", "contraception", "피임")],
        ..PERSONA
    },
    Persona {
        name: "derm-2 V7: breastfeeding, a cold sore",
        answers: &[("health", "pregnant"), ("health", "broken_skin")],
        cautions: &["broken_skin", "pregnancy"],
        says: &[
            ("broken_skin", "don't kiss babies", "아기"),
            ("broken_skin", "shingles", "대상포진"),
        ],
        calm: true,
        ..PERSONA
    },
    Persona {
        name: "derm-2 V5: tretinoin and a BHA, sometimes stings",
        answers: &[
            ("conditions", "retinoid"),
            ("conditions", "acid"),
            ("concerns", "dark_marks"),
            ("routine_time", "generous"),
        ],
        hidden: &["vitamin_c_serum"],
        cautions: &["actives"],
        says: &[("actives", "vitamin C", "비타민 C")],
        ..PERSONA
    },
    // The third opinion, on the merged content (derm-3).
    Persona {
        name: "derm-3 W3: eczema and a patch-tested fragrance allergy, humid days",
        answers: &[
            ("conditions", "eczema"),
            ("allergies", "fragrance"),
            ("days", "humid"),
            ("skin_feel", "shiny_tzone"),
            ("concerns", "dullness"),
        ],
        hidden: &["natural_toner"],
        ..PERSONA
    },
    Persona {
        name: "derm-3 W21: skin that stings even with gentle products, wants glow",
        answers: &[
            ("sensitivity", "reactive"),
            ("days", "humid"),
            ("concerns", "dullness"),
            ("routine_time", "generous"),
        ],
        hidden: &["natural_toner", "milk_pack"],
        ..PERSONA
    },
    // derm-3's WORDING, fixed (derm-4 brief).
    Persona {
        name: "derm-3 W5: 20 weeks pregnant, melasma, a glycolic toner: hydroquinone is no, not 'discuss'",
        answers: &[
            ("conditions", "pigmentation"),
            ("conditions", "acid"),
            ("concerns", "dark_marks"),
            ("days", "outdoors_sun"),
            ("health", "pregnant"),
        ],
        cautions: &["pregnancy"],
        says: &[(
            "pregnancy",
            "don't use hydroquinone or take tranexamic acid tablets for melasma while pregnant or breastfeeding",
            "임신·수유 중에는 하이드로퀴논을 바르거나 기미 치료용 트라넥삼산을 먹지 마세요",
        )],
        ..PERSONA
    },
    Persona {
        name: "derm-3 W9: a laser or fillers two weeks ago, uses her own retinol",
        answers: &[
            ("conditions", "procedure"),
            ("conditions", "retinoid"),
            ("makeup", "full"),
            ("routine_time", "generous"),
        ],
        cautions: &["procedure"],
        says: &[(
            "procedure",
            "Pause your own retinoid, acid or benzoyl peroxide too until the clinic says your skin has healed",
            "쓰던 레티노이드, 산 성분 각질 제거제(AHA·BHA), 과산화벤조일도 병원에서 회복됐다고 할 때까지 쉬세요",
        )],
        calm: true,
        ..PERSONA
    },
    Persona {
        name: "derm-3 W11: hives after a new night cream, on tretinoin",
        answers: &[
            ("conditions", "retinoid"),
            ("sensitivity", "sometimes"),
            ("health", "swelling"),
        ],
        cautions: &["see_dermatologist_swelling"],
        says: &[(
            "see_dermatologist_swelling",
            "pause your retinoid, acid or benzoyl peroxide",
            "레티노이드, 산 성분 각질 제거제(AHA·BHA), 과산화벤조일은 쉬고",
        )],
        doctor: true,
        calm: true,
        ..PERSONA
    },
    Persona {
        name: "derm-3 W2b: methotrexate for arthritis, a benzoyl peroxide wash",
        answers: &[
            ("conditions", "benzoyl_peroxide"),
            ("health", "immune"),
        ],
        cautions: &["immune"],
        says: &[(
            "immune",
            "whether to go on with your own retinoid, acid or benzoyl peroxide",
            "쓰던 레티노이드, 산 성분 각질 제거제, 과산화벤조일을 계속 써도 되는지도 확인하세요",
        )],
        calm: true,
        ..PERSONA
    },
    Persona {
        name: "derm-3 B1: stinging since a benzoyl peroxide gel",
        answers: &[
            ("conditions", "benzoyl_peroxide"),
            ("health", "stinging"),
        ],
        cautions: &["stinging"],
        says: &[(
            "stinging",
            "your retinoid, acid or benzoyl peroxide too",
            "과산화벤조일도 마찬가지예요",
        )],
        calm: true,
        ..PERSONA
    },
    Persona {
        name: "derm-3 B1: a sore that won't heal, on adapalene",
        answers: &[("conditions", "retinoid"), ("health", "slow_sore")],
        cautions: &["see_dermatologist_sore"],
        says: &[(
            "see_dermatologist_sore",
            "your retinoid, acid or benzoyl peroxide",
            "과산화벤조일을 바르거나",
        )],
        doctor: true,
        calm: true,
        ..PERSONA
    },
    Persona {
        name: "derm-3 W10: adapalene, a salicylic toner and a benzoyl peroxide wash",
        answers: &[
            ("conditions", "retinoid"),
            ("conditions", "acid"),
            ("conditions", "benzoyl_peroxide"),
            ("breakouts", "frequent"),
        ],
        cautions: &["actives"],
        says: &[("actives", "If you use more than one", "두 가지 이상 쓴다면")],
        ..PERSONA
    },
    // derm-4's WORDING findings.
    Persona {
        name: "derm-4 V1 (K5): 14 weeks pregnant, melasma, tretinoin from a clinic: no contraception advice",
        answers: &[
            ("sensitivity", "sometimes"),
            ("conditions", "pigmentation"),
            ("conditions", "retinoid"),
            ("conditions", "prescription"),
            ("concerns", "dark_marks"),
            ("health", "pregnant"),
        ],
        cautions: &["see_dermatologist_pregnancy_medicine", "prescription", "pregnancy"],
        no_cautions: &["isotretinoin_pregnancy"],
        doctor: true,
        ..PERSONA
    },
    Persona {
        name: "derm-4 V4 (K2): a kidney transplant (tacrolimus), dry itchy skin: the medicines are named",
        answers: &[
            ("skin_feel", "tight"),
            ("sensitivity", "sometimes"),
            ("concerns", "dryness"),
            ("health", "immune"),
            ("health", "blood_thinners"),
        ],
        cautions: &["immune", "blood_thinners"],
        says: &[(
            "immune",
            "Transplant and other immune-suppressing medicines make skin cancers more common",
            "장기 이식 후 먹는 약처럼 면역을 억제하는 약은 피부암 위험을 높여요",
        )],
        calm: true,
        ..PERSONA
    },
    Persona {
        name: "derm-4 V9 (K3): breastfeeding a 4-month-old, a glycolic toner, puffy mornings: a plan, no massage",
        answers: &[
            ("skin_feel", "shiny_tzone"),
            ("conditions", "acid"),
            ("breakouts", "occasional"),
            ("concerns", "dark_marks"),
            ("concerns", "puffiness"),
            ("stress", "tense"),
            ("health", "pregnant"),
        ],
        no_tags: &[Tag::Massage, Tag::Heat, Tag::EssentialOil],
        cautions: &["see_dermatologist_pregnancy_swelling", "pregnancy", "dark_marks"],
        says: &[(
            "see_dermatologist_pregnancy_swelling",
            "no face massage for the puffiness",
            "얼굴을 마사지하지 마세요",
        )],
        doctor: true,
        ..PERSONA
    },
    Persona {
        name: "derm-4 V10 (K10): eczema and a patch-tested fragrance allergy: natural products hold the allergens",
        answers: &[
            ("skin_feel", "tight"),
            ("sensitivity", "sometimes"),
            ("conditions", "eczema"),
            ("concerns", "dryness"),
            ("concerns", "redness"),
            ("allergies", "fragrance"),
        ],
        cautions: &["eczema", "allergy_fragrance"],
        says: &[(
            "allergy_fragrance",
            "Plant extracts and 'natural' products can hold the same allergens",
            "식물 추출물이나 '천연' 제품에도 같은 알레르기 성분",
        )],
        ..PERSONA
    },
];

/// derm-3 W2: a reader on methotrexate rarely thinks "my immune system is weakened"; the choice names the medicines.
#[test]
fn the_weakened_immunity_choice_names_the_medicines() {
    let health = questionnaire().iter().find(|q| q.id == "health").unwrap();
    let immune = health.choices.iter().find(|c| c.id == "immune").unwrap();
    let label = |lang| immune.label.get(lang);
    for (lang, words) in [
        (
            Lang::En,
            [
                "methotrexate",
                "steroid tablets",
                "biologics",
                "transplant medicines",
            ],
        ),
        (
            Lang::Ko,
            [
                "메토트렉세이트",
                "스테로이드 복용약",
                "생물학적 제제",
                "장기 이식 후 먹는 약",
            ],
        ),
    ] {
        for word in words {
            assert!(label(lang).contains(word), "{lang:?}: {word}");
        }
    }
}

fn answers(persona: &Persona) -> Answers {
    common::answers(persona.answers)
}

/// The routine checks every visitor is owed: one cleanse in the morning, at most two passes in the evening, the
/// moisturiser step a moisturiser, the routine within the reader's time, the week plan's treatments apart.
fn check_routine(persona: &Persona, outcome: &Outcome, budget: Option<u16>) {
    let name = persona.name;
    for (items, cleanses) in [(&outcome.routine.am, 1), (&outcome.routine.pm, 2)] {
        let passes: usize = items
            .iter()
            .map(|i| {
                [RoutineStep::OilCleanse, RoutineStep::WaterCleanse]
                    .into_iter()
                    .filter(|&s| i.covers(s))
                    .count()
            })
            .sum();
        assert!(
            passes <= cleanses,
            "{name}: {passes} cleansing passes: {items:?}"
        );
        let moisturiser = items
            .iter()
            .find(|i| i.covers(RoutineStep::Moisturiser) && i.frequency.is_none())
            .unwrap_or_else(|| panic!("{name}: no moisturiser"));
        let is_product = match moisturiser.source {
            RoutineSource::Staple(_) => true,
            RoutineSource::Tip { tip, .. } => tip.placement.is_some_and(|p| !p.note),
        };
        assert!(
            is_product,
            "{name}: the moisturiser step is {moisturiser:?}"
        );
    }
    // The reader's time is the budget: every line of a day counted (issue 25).
    if let Some(minutes) = budget {
        let days = common::day_seconds(outcome);
        assert!(
            days.iter().all(|&s| s <= minutes * 60),
            "{name}: {days:?} seconds a day with {minutes} minutes"
        );
    }
    let treatments = common::treatments_per_evening(outcome);
    assert!(
        treatments.iter().all(|&n| n <= 1),
        "{name}: treatments per evening {treatments:?}"
    );
}

#[test]
fn every_persona_gets_what_a_dermatologist_would_sign() {
    let mut problems = Vec::new();
    for persona in PERSONAS {
        let answers = answers(persona);
        let outcome = evaluate(&answers);
        let name = persona.name;
        let ids: Vec<&str> = outcome.tips.iter().map(|t| t.tip.id).collect();
        for id in persona.shown {
            if !ids.contains(id) {
                problems.push(format!("{name}: {id} is not shown ({ids:?})"));
            }
        }
        for id in persona.hidden {
            if ids.contains(id) {
                problems.push(format!("{name}: {id} is shown"));
            }
        }
        for ranked in &outcome.tips {
            if let Some(tag) = ranked.tip.tags.iter().find(|t| persona.no_tags.contains(t)) {
                problems.push(format!("{name}: {} ({tag:?}) is shown", ranked.tip.id));
            }
        }
        let caution_ids: Vec<&str> = outcome.cautions.iter().map(|c| c.id).collect();
        for id in persona.cautions {
            if !caution_ids.contains(id) {
                problems.push(format!("{name}: no caution {id} ({caution_ids:?})"));
            }
        }
        for id in persona.no_cautions {
            if caution_ids.contains(id) {
                problems.push(format!("{name}: caution {id} is shown"));
            }
        }
        for (id, en, ko) in persona.says {
            match outcome.cautions.iter().find(|c| c.id == *id) {
                Some(c)
                    if c.text.get(Lang::En).contains(en) && c.text.get(Lang::Ko).contains(ko) => {}
                _ => problems.push(format!("{name}: caution {id} does not say {en:?} / {ko:?}")),
            }
        }
        if outcome.see_dermatologist() != persona.doctor {
            problems.push(format!(
                "{name}: see a doctor is {}, expected {}",
                outcome.see_dermatologist(),
                persona.doctor
            ));
        }
        // The doctor pointer is the first thing a flagged visitor reads; a medicine to stop in pregnancy comes first.
        if persona.doctor
            && outcome.cautions.first().map(|c| c.severity) != Some(Severity::SeeDermatologist)
        {
            problems.push(format!("{name}: the red flag is not first"));
        }
        if persona
            .cautions
            .contains(&"see_dermatologist_pregnancy_medicine")
            && outcome.cautions.first().map(|c| c.id)
                != Some("see_dermatologist_pregnancy_medicine")
        {
            problems.push(format!("{name}: stopping the medicine is not said first"));
        }
        if outcome.calm != persona.calm {
            problems.push(format!(
                "{name}: calm plan is {}, expected {}",
                outcome.calm, persona.calm
            ));
        }
        if persona.calm {
            // The calm plan: no tip, and a routine of the staples only.
            let extra = outcome
                .routine
                .am
                .iter()
                .chain(&outcome.routine.pm)
                .find(|i| !matches!(i.source, RoutineSource::Staple(_)) || i.note.is_some());
            if !outcome.tips.is_empty() || extra.is_some() {
                problems.push(format!(
                    "{name}: more than the calm plan: {ids:?} {extra:?}"
                ));
            }
        }
        let budget = if persona.answers.contains(&("routine_time", "quick")) {
            Some(5)
        } else if persona.answers.iter().any(|&(q, _)| q == "routine_time") {
            None
        } else {
            // The calm answers take about 10 minutes.
            Some(10)
        };
        check_routine(persona, &outcome, budget);
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_visitor_short_of_time_gets_a_routine_they_can_follow() {
    let persona = PERSONAS
        .iter()
        .find(|p| p.name.starts_with("under five minutes"))
        .unwrap();
    let outcome = evaluate(&answers(persona));
    let days = common::day_seconds(&outcome);
    assert!(
        days.iter().all(|&s| s <= 5 * 60),
        "{days:?} {:?}",
        outcome.routine
    );
    // Makeup every day: the evening still starts with a cleanse that takes it off.
    let first = outcome
        .routine
        .pm
        .iter()
        .find(|i| i.frequency.is_none())
        .unwrap();
    assert!(
        first.covers(RoutineStep::OilCleanse),
        "{:?}",
        outcome.routine.pm
    );
}

#[test]
fn a_long_ritual_spreads_its_treatments_over_the_week() {
    let persona = PERSONAS
        .iter()
        .find(|p| p.name.starts_with("calm skin"))
        .unwrap();
    let outcome = evaluate(&answers(persona));
    let planned: Vec<_> = outcome.routine.planned().collect();
    assert!(
        planned.iter().filter(|i| i.is_treatment()).count() >= 2,
        "{planned:?}"
    );
    let text = outcome.routine_text(Lang::En);
    assert!(text.contains("Mon: "), "{text}");
}

#[test]
fn a_reader_with_melasma_gets_a_serum_at_the_essence_step() {
    let persona = PERSONAS
        .iter()
        .find(|p| p.name.starts_with("melasma"))
        .unwrap();
    let outcome = evaluate(&answers(persona));
    let essence = outcome
        .routine
        .am
        .iter()
        .find(|i| i.covers(RoutineStep::Essence))
        .unwrap_or_else(|| panic!("no essence step: {:?}", outcome.routine.am));
    assert!(
        matches!(essence.source, RoutineSource::Tip { tip, .. } if tip.id == "vitamin_c_serum"),
        "{essence:?}"
    );
}

/// How much water a reader drinks says nothing about their skin's dryness or "circulation" (the water tips say so
/// themselves), so it moves no axis that "Why this tip?" could quote.
#[test]
fn water_intake_moves_no_axis() {
    let low = evaluate(&common::answers(&[("water", "low")]));
    let plenty = evaluate(&common::answers(&[("water", "plenty")]));
    for axis in Axis::ALL {
        assert_eq!(
            low.profile.score(axis),
            plenty.profile.score(axis),
            "{axis:?}"
        );
    }
}

/// The profile's emphasis says what habits may do, never more: no firmer skin, no glow brought back, no massage
/// (which most readers with those goals and a fact have left out), no "circulation".
#[test]
fn the_profile_makes_no_promise_massage_cannot_keep() {
    for picks in [
        &[("concerns", "lines")][..],
        &[("concerns", "puffiness"), ("stress", "tense")][..],
    ] {
        let outcome = evaluate(&common::answers(picks));
        for lang in Lang::ALL {
            let said = outcome.profile.explanation(lang).to_lowercase();
            for claim in ["firmer", "glow", "massage", "탄탄", "혈색", "마사지"] {
                assert!(!said.contains(claim), "{picks:?}: {said}");
            }
        }
    }
    for lang in Lang::ALL {
        let name = skin_rules::axis_name(Axis::Circulation)
            .get(lang)
            .to_lowercase();
        assert!(
            !name.contains("circulation") && !name.contains("순환"),
            "{name}"
        );
    }
}

/// Words a Korean reader would misread or not know, anywhere in the Korean text: each with what to write instead.
const KOREAN_MISREADINGS: [(&str, &str); 6] = [
    (
        "조산사",
        "산부인과 의사: midwives are not who Korean readers see in pregnancy",
    ),
    ("붓기", "부기, the standard spelling"),
    ("혈액 응고 억제제", "항응고제"),
    (
        "화농성",
        "결절·낭종성: 화농성 (pus-filled) is ordinary acne, not the red flag",
    ),
    ("UVA 별", "PA+++: the UK star rating is unknown in Korea"),
    (
        "캐모마일",
        "nothing: chamomile cross-reacts with a ragweed allergy",
    ),
];

#[test]
fn the_korean_reads_right_to_a_korean_reader() {
    let ko = text::bundled_file(Lang::Ko);
    let en = text::bundled_file(Lang::En).to_lowercase();
    for (word, instead) in KOREAN_MISREADINGS {
        assert!(!ko.contains(word), "{word}: write {instead}");
    }
    assert!(!en.contains("chamomile"), "chamomile: ragweed allergy");
    // 주사 alone reads as "injection": rosacea is always 주사(로사세아) or 주사피부염. (주사 시술, an injection, is
    // what the word means on its own.)
    for (at, _) in ko.match_indices("주사") {
        let after = &ko[at + "주사".len()..];
        assert!(
            ["(로사세아)", "피부염", " 시술"]
                .iter()
                .any(|ok| after.starts_with(ok)),
            "주사 alone: {}",
            &ko[at.saturating_sub(30)..(at + 40).min(ko.len())]
        );
    }
}

/// A link or saved progress made by a development build before 0.1.0 (before the fact questions, issue 18) is
/// refused, never read against the new questions.
#[test]
fn an_old_share_code_is_refused() {
    // The calm visitor with lines and dullness as goals, encoded by the previous questionnaire.
    let old = "1s91104060121-00gg";
    assert_eq!(
        Answers::decode(old),
        Err(DecodeError::OtherQuestionnaire),
        "{old}"
    );
}

/// A tip about a habit the reader does not have is never suggested: no "take your makeup off" for a reader who
/// wears none (a 14-year-old with frequent spots was told so), no plan for flights for one who rarely flies (dry
/// skin alone used to rank it). Checked with every other answer changed one at a time.
#[test]
fn no_tip_for_a_habit_the_reader_does_not_have() {
    for (fact, tip) in [
        (("makeup", "none"), "remove_makeup_always"),
        (("travel", "rarely"), "travel_routine"),
    ] {
        for (index, question) in questionnaire().iter().enumerate() {
            for choice in question.choices {
                if question.id == fact.0 {
                    continue;
                }
                let mut answers = common::answers(&[fact]);
                answers.clear(index);
                if answers.pick_by_id(question.id, choice.id).is_err() || !answers.is_complete() {
                    continue;
                }
                let outcome = evaluate(&answers);
                assert!(
                    outcome.tips.iter().all(|t| t.tip.id != tip),
                    "{tip} for {}={} with {}={}",
                    fact.0,
                    fact.1,
                    question.id,
                    choice.id
                );
            }
        }
    }
}

/// derm-2, V6: a double cleanse that is a new product was phased to week 3, leaving weeks 1–2 without an evening wash.
/// A tip standing in for a staple starts at once.
#[test]
fn the_evening_wash_never_waits_for_a_later_week() {
    let outcome = evaluate(&common::answers(&[
        ("skin_feel", "tight"),
        ("sensitivity", "sometimes"),
        ("conditions", "flushing"),
        ("concerns", "lines"),
        ("concerns", "dryness"),
        ("makeup", "light"),
        ("days", "dry_indoor"),
        ("stress", "tense"),
    ]));
    let wash = outcome
        .routine
        .pm
        .iter()
        .find(|i| i.frequency.is_none() && i.covers(RoutineStep::WaterCleanse))
        .expect("an evening wash");
    assert_eq!(wash.start_week, 1, "{:?}", outcome.routine.pm);
}

/// The reader's own active has its place in the evening (issue 25), in both languages, with no exfoliation on the
/// evenings of the week plan; never for a pregnant reader (the pregnancy caution stops retinoids), never on the calm
/// plan, and within "under 5 minutes".
#[test]
fn a_readers_own_active_has_its_place_in_the_evening() {
    let own = |outcome: &Outcome| {
        outcome.routine.pm.iter().any(|i| {
            matches!(i.source, RoutineSource::Staple(s) if s.id == "pm_own_active")
                && i.step == RoutineStep::Essence
        })
    };
    let says = |outcome: &Outcome| {
        outcome
            .routine_text(Lang::En)
            .contains("Your own retinoid, acid or benzoyl peroxide, as you were told to use it")
            && outcome.routine_text(Lang::Ko).contains(
                "이미 쓰고 있는 레티노이드, 산 성분 각질 제거제, 과산화벤조일은 안내받은 대로",
            )
    };
    for active in ["retinoid", "acid", "benzoyl_peroxide"] {
        for time in ["quick", "generous"] {
            let outcome = evaluate(&common::answers(&[
                ("conditions", active),
                ("concerns", "lines"),
                ("routine_time", time),
            ]));
            assert!(
                own(&outcome) && says(&outcome),
                "{active}, {time}: {:?}",
                outcome.routine.pm
            );
            assert!(
                outcome.routine.pm.iter().all(|i| !i.covers(RoutineStep::Exfoliate)
                    && !matches!(i.source, RoutineSource::Tip { tip, .. } if tip.tags.contains(&Tag::Friction))),
                "{active}, {time}: exfoliation in {:?}",
                outcome.routine.pm
            );
            if time == "quick" {
                let days = common::day_seconds(&outcome);
                assert!(days.iter().all(|&s| s <= 5 * 60), "{days:?}");
            }
        }
    }
    for (reader, other) in [
        ("pregnant", ("health", "pregnant")),
        ("calm plan", ("health", "sunburn")),
    ] {
        let outcome = evaluate(&common::answers(&[("conditions", "retinoid"), other]));
        assert!(
            !own(&outcome)
                && !outcome.routine_text(Lang::En).contains("Your own retinoid")
                && !outcome
                    .routine_text(Lang::Ko)
                    .contains("이미 쓰고 있는 레티노이드"),
            "{reader}: {:?}",
            outcome.routine.pm
        );
    }
}

/// derm-4 K5: a pregnant reader on a prescription, told by the red flag to stop a retinoid or isotretinoin now, is not
/// told about contraception under it; the same reader not pregnant is.
#[test]
fn a_pregnant_reader_is_not_told_about_contraception() {
    let says_contraception = |answers: &[(&str, &str)]| {
        evaluate(&common::answers(answers))
            .cautions
            .iter()
            .any(|c| {
                c.text.get(Lang::En).contains("contraception")
                    || c.text.get(Lang::Ko).contains("피임")
            })
    };
    let on_a_prescription = [
        ("conditions", "retinoid"),
        ("conditions", "prescription"),
        ("concerns", "dark_marks"),
    ];
    assert!(!says_contraception(
        &[&on_a_prescription[..], &[("health", "pregnant")]].concat()
    ));
    assert!(says_contraception(&on_a_prescription));
}
