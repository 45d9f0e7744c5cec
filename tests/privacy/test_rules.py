"""The Belgian rules of the privacy guard, without Deduce (fast)."""

import pytest

from practices.privacy import rules
from practices.privacy.finding import (
    ADRES,
    ANDERE,
    DATUM,
    EMAIL,
    NAAM,
    PLAATS,
    RIJKSREGISTERNUMMER,
    SCHOOL,
    TELEFOON,
)
from practices.privacy.rules import is_valid_rijksregisternummer, parse_rijksregisternummer


def spans(candidates, text, kind=None):
    return [text[c.start : c.end] for c in candidates if kind is None or c.kind == kind]


# --------------------------------------------------------------------------------------
# Rijksregisternummer checksum


def checksum(first_nine, born_after_1999):
    prefix = "2" if born_after_1999 else ""
    return 97 - int(prefix + first_nine) % 97


@pytest.mark.parametrize(
    "number",
    ["85.07.30-033.28", "85073003328", "85 07 30 033 28", "850730-033-28", "850730 033 28"],
)
def test_valid_before_2000_in_every_notation(number):
    info = parse_rijksregisternummer(number)
    assert info is not None
    assert not info.born_after_1999
    assert info.bis_offset is None
    assert (info.birth_month, info.birth_day) == (7, 30)


@pytest.mark.parametrize("number", ["14.03.12-123.55", "14031212355", "09.09.15-402.11"])
def test_valid_from_2000_uses_the_2_prefix(number):
    info = parse_rijksregisternummer(number)
    assert info is not None
    assert info.born_after_1999
    digits = info.digits
    # Without the "2" the check digits would not match.
    assert checksum(digits[:9], born_after_1999=False) != int(digits[9:])
    assert checksum(digits[:9], born_after_1999=True) == int(digits[9:])


def test_check_digits_97_when_the_remainder_is_zero():
    assert int("781205117") % 97 == 0
    assert is_valid_rijksregisternummer("78.12.05-117.97")


@pytest.mark.parametrize(
    "number",
    [
        "85.07.30-033.29",  # wrong check digits
        "85.07.30-033.27",
        "14.03.12-123.56",
        "14.03.12-123.54",
        "85.13.30-033.xx".replace("xx", f"{checksum('851330033', False):02d}"),  # month 13
        "85.07.32-033.xx".replace("xx", f"{checksum('850732033', False):02d}"),  # day 32
        "8507300332",  # ten digits
        "850730033288",  # twelve digits
        "85..07.30-033.28",  # two separators
    ],
)
def test_invalid_numbers(number):
    assert not is_valid_rijksregisternummer(number)


@pytest.mark.parametrize(
    ("number", "offset", "month", "after_1999"),
    [
        ("12.25.17-345.86", 20, 5, True),  # bis number, gender unknown: month + 20
        ("16.42.03-288.87", 40, 2, True),  # bis number, gender known: month + 40
        ("08.47.10-219.07", 40, 7, True),
        ("07.40.01-173.59", 40, 0, True),  # month unknown (00 + 40)
        (
            "93.24.17-562.xx".replace("xx", f"{checksum('932417562', False):02d}"),
            20,
            4,
            False,
        ),
    ],
)
def test_bis_numbers(number, offset, month, after_1999):
    info = parse_rijksregisternummer(number)
    assert info is not None
    assert info.bis_offset == offset
    assert info.birth_month == month
    assert info.born_after_1999 is after_1999


def test_bis_month_out_of_range_is_invalid():
    # month 33 is neither a month, nor month + 20, nor month + 40
    number = "12331734500"
    number = number[:9] + f"{checksum(number[:9], True):02d}"
    assert not is_valid_rijksregisternummer(number)


def test_find_rijksregisternummers_also_takes_a_mistyped_number():
    text = (
        "Rijksregisternummer 14.03.12-123.55, fout genoteerd als 14.03.12-123.56; "
        "van de vader 85073003328, een bisnummer 12 25 17 345 86 en ooit 85073003329."
    )
    found = spans(rules.find_rijksregisternummers(text), text)
    assert found == [
        "14.03.12-123.55",
        "14.03.12-123.56",  # a wrong check digit: a real number, mistyped
        "85073003328",
        "12 25 17 345 86",
        "85073003329",
    ]
    assert [is_valid_rijksregisternummer(number) for number in found] == [
        True,
        False,
        True,
        True,
        False,
    ]


def test_eleven_digits_without_a_birth_date_in_front_are_no_rijksregisternummer():
    # Month 13 or day 32 cannot start a rijksregisternummer, whatever its check digits.
    text = "Bestelnummer 85133003328 en factuur 85073203328."
    assert rules.find_rijksregisternummers(text) == []


def test_rijksregisternummer_inside_a_longer_number_is_not_taken():
    number = "85073003328"
    assert rules.find_rijksregisternummers(f"ref 1{number}") == []
    assert rules.find_rijksregisternummers(f"ref {number}9") == []


# --------------------------------------------------------------------------------------
# Phone numbers and e-mail


@pytest.mark.parametrize(
    "number",
    [
        "0475 12 34 56",
        "0475/12.34.56",
        "0475123456",
        "03 123 45 67",
        "03/123.45.67",
        "09 210 15 20",
        "011 22 33 44",
        "051/23.45.67",
        "+32 475 12 34 56",
        "+32 (0)3 123 45 67",
        "+3293456789",
        "0032 9 222 33 44",
        "0800 12 345",
    ],
)
def test_belgian_phone_numbers(number):
    text = f"Bel op {number} na 16 uur."
    assert spans(rules.find_phone_numbers(text), text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Het schooljaar 2023-2024 loopt tot 30 juni.",
        "Op 03.12.2014 was er een overleg.",
        "Het ondernemingsnummer is 0123.456.789.",
        "Het telefoonnummer 0475 12 34 5 is onvolledig.",
        "Een nummer met te veel cijfers: 0475 12 34 56 78.",
        "Rijksregisternummer 01.02.03-456.78.",
        "De score steeg van 85% naar 90%.",
    ],
)
def test_no_phone_number(text):
    assert rules.find_phone_numbers(text) == []


def test_emails():
    text = "Mail naar an.peeters@telenet.be of naar zorg@school.vlaanderen, niet naar @school."
    assert spans(rules.find_emails(text), text) == [
        "an.peeters@telenet.be",
        "zorg@school.vlaanderen",
    ]


def test_other_identifiers():
    text = (
        "Dossiernummer: PB-2210. IBAN BE68 5390 0754 7034. Account @wout_2012. "
        "Nummerplaat 1-ABC-234."
    )
    assert spans(rules.find_other_identifiers(text), text, ANDERE) == [
        "PB-2210",
        "BE68 5390 0754 7034",
        "@wout_2012",
        "1-ABC-234",
    ]


# --------------------------------------------------------------------------------------
# Dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Geboren op 12/03/2014 in het ziekenhuis.", "12/03/2014"),
        ("Overleg op 12-03-2014.", "12-03-2014"),
        ("Overleg op 12.03.2014.", "12.03.2014"),
        ("Overleg op 12/03/14.", "12/03/14"),
        ("Overleg op 12 maart 2014.", "12 maart 2014"),
        ("Overleg op maandag 18 maart 2024 om 14 uur.", "maandag 18 maart 2024"),
        ("Overleg op 1ste mei 2015.", "1ste mei 2015"),
        ("Geboortedatum: 2013-10-05.", "2013-10-05"),
        ("Hij is geboren op 3 mei en is jarig.", "3 mei"),
        ("Ze is geboren in maart 2014.", "maart 2014"),
    ],
)
def test_dates(text, date):
    assert date in spans(rules.find_dates(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "In het schooljaar 2023-2024 werkte het team met twaalf scholen.",
        "In maart en in juni wordt er geëvalueerd.",
        "Op dinsdag is er overleg, in september een bijsturing.",
        "Tussen 8.30 en 15.30 uur is het secretariaat open.",
        "Ongeveer 1/3 van de leerlingen haalde 12/20.",
        "Hoofdstuk 3.2 en paragraaf 4.1.2 beschrijven de procedure.",
    ],
)
def test_no_full_date(text):
    assert rules.find_dates(text) == []


# --------------------------------------------------------------------------------------
# Addresses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het gezin woont in de Kerkstraat 12.", ["Kerkstraat 12"]),
        (
            "Adres: Stationsstraat 45 bus 2, 2950 Kapellen",
            ["Stationsstraat 45 bus 2", "2950 Kapellen"],
        ),
        ("Ze verhuisden naar de Grote Markt 7 in Diksmuide.", ["Grote Markt 7"]),
        ("Het kantoor is aan de Koning Albertlaan 112A.", ["Koning Albertlaan 112A"]),
        ("Leuvensesteenweg 210/3, 3080 Tervuren", ["Leuvensesteenweg 210/3", "3080 Tervuren"]),
        ("Het gezin woont in de Molenstraat.", ["Molenstraat"]),
        ("Tim Peeters, Leopoldlei 33, 2930 Brasschaat", ["Leopoldlei 33", "2930 Brasschaat"]),
        ("Brief naar Dorpsplein 5, 8647 Lo-Reninge.", ["Dorpsplein 5", "8647 Lo-Reninge"]),
        ("Brief naar Hoogstraat 5, 9999 Nergenshuizen.", ["Hoogstraat 5", "9999 Nergenshuizen"]),
    ],
)
def test_addresses(text, expected):
    assert sorted(spans(rules.find_addresses(text), text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "In fase 1 en type 9 volgen 186 leerlingen les.",
        "In 2024 Gent bezoeken was een plan.",  # a year, not a postcode
        "De sessie duurt 2 uur. Stap 3 is de evaluatie.",
        "Bijlage 2 bevat het sjabloon en hoofdstuk 4 de evaluatie.",
    ],
)
def test_no_address(text):
    assert rules.find_addresses(text) == []


# --------------------------------------------------------------------------------------
# Schools


@pytest.mark.parametrize(
    "school",
    [
        "VBS De Regenboog",
        "GBS 't Kompas",
        "KA Mortsel",
        "BuBaO De Zonnebloem",
        "GO! atheneum Ieper",
        "GO! basisschool De Wegwijzer",
        "GO! Busleyden Atheneum",
        "Sint-Jozefsinstituut",
        "Sint-Barbaracollege",
        "Sint-Ursula-Instituut",
        "Heilig-Hartinstituut",
        "Maria-Boodschaplyceum",
        "Sint-Vincentiusschool",
        "basisschool De Vlieger",
        "vrije basisschool De Vlieger",
        "gemeentelijke basisschool Het Klavertje",
        "Koninklijk Atheneum Deurne",
        "Middenschool Zwijndrecht",
    ],
)
def test_schools(school):
    text = f"De leerling zit in {school} sinds september."
    assert school in spans(rules.find_schools(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "De basisschool en de secundaire school werken samen met het CLB.",
        "Basisscholen en middenscholen kregen een bevraging.",
        "Het GO! CLB Limburg Noord Adite werkt met consultatie.",
        "Het GO! en het Vrij CLB Netwerk werken samen.",
        "Een leerling in het BuSO OV4 of in een school voor buitengewoon onderwijs.",
        "Hogeschool en universiteit bieden vorming aan.",
        "Het College van burgemeester en schepenen keurde het goed.",
        "De school De leerkracht",
    ],
)
def test_no_school(text):
    assert rules.find_schools(text) == []


# --------------------------------------------------------------------------------------
# Names and places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Contacteer juf Els Verhaeghe vandaag.", "Els Verhaeghe"),
        ("Overleg met mevrouw Van den Broeck.", "Van den Broeck"),
        ("Mail naar mama Fatima.", "Fatima"),
        ("Volgens opa Jef is het rustiger.", "Jef"),
        ("Zijn broertje Mil zit in de kleuterklas.", "Mil"),
        ("De ouders van Lander Vandenberghe kwamen.", "Lander"),
        ("De ouders van Lander Vandenberghe kwamen.", "Vandenberghe"),
    ],
)
def test_names(text, name):
    assert name in spans(rules.find_names(text), text, NAAM)


@pytest.mark.parametrize(
    "text",
    [
        "De leerkracht Nederlands en de leerkracht Frans overleggen.",
        "Leerling X en leerling Y kregen elk een begeleidingsplan.",
        "De juf en de meester zijn het eens.",
    ],
)
def test_no_names(text):
    assert rules.find_names(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ze woont in Wingene.", "Wingene"),  # a small municipality
        ("Hij woont in het dorp Westouter.", "Westouter"),
        ("De leerling woont in Kapellen.", "Kapellen"),  # also a word: needs "in"
        ("Een meisje met het syndroom van Rett uit Kortrijk.", "Kortrijk"),  # rare combination
        ("De enige dove leerling van de school woont in Gent.", "Gent"),
    ],
)
def test_places(text, place):
    assert place in spans(rules.find_places(text), text, PLAATS)


@pytest.mark.parametrize(
    "text",
    [
        "Het CLB in Gent en het CLB in Antwerpen werken samen.",  # large cities alone
        "Kapellen worden gebouwd, balen stro gestapeld.",  # ordinary words
        "Peer vroeg om een afspraak.",  # a place name that opens a sentence
        "In Oost-Vlaanderen en Vlaams-Brabant, in Limburg en in Brussel werken CLB's samen.",
    ],
)
def test_no_places(text):
    assert rules.find_places(text) == []


def test_kinds_of_every_rule_are_known():
    text = (
        "Lotte (°12/03/2014, 14.03.12-123.55) woont in de Kerkstraat 12, 8750 Wingene, "
        "tel. 0475 12 34 56, lotte@telenet.be, en zit in VBS De Regenboog."
    )
    kinds = {c.kind for c in rules.find_all(text)}
    assert {RIJKSREGISTERNUMMER, DATUM, ADRES, TELEFOON, EMAIL, SCHOOL, NAAM, PLAATS} <= kinds
