"""Tests for fieldkit.refdata against the real files in resources/data."""

from __future__ import annotations

import shutil
import threading
from collections import Counter
from pathlib import Path

import pytest

from fieldkit.domain.reference import Kbli, ReferenceLookup, Region
from fieldkit.refdata import (
    RESOURCES_ENV,
    ReferenceData,
    ReferenceDataError,
    compact_key,
    default_resources_dir,
    load_reference,
    normalize_words,
)

REPO_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


@pytest.fixture(scope="module")
def ref() -> ReferenceData:
    return load_reference()


@pytest.fixture
def resources_copy(tmp_path: Path) -> Path:
    """A private copy of resources/ that a test may break."""
    target = tmp_path / "resources"
    shutil.copytree(REPO_RESOURCES / "data", target / "data")
    return target


def _codes(items: list[Kbli]) -> list[str]:
    return [k.code for k in items]


# -- loading and locating ---------------------------------------------------------------------


def test_default_location_is_the_repository_resources_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(RESOURCES_ENV, raising=False)
    assert default_resources_dir() == REPO_RESOURCES


def test_environment_variable_overrides_the_location(
    monkeypatch: pytest.MonkeyPatch, resources_copy: Path
) -> None:
    monkeypatch.setenv(RESOURCES_ENV, str(resources_copy))
    data = load_reference()
    assert data.data_dir == resources_copy.resolve() / "data"


def test_load_is_cached_per_process(ref: ReferenceData) -> None:
    assert load_reference() is ref
    assert load_reference(REPO_RESOURCES) is ref


def test_implements_the_domain_protocols(ref: ReferenceData) -> None:
    lookup: ReferenceLookup = ref  # mypy checks the structural match
    assert lookup.kbli_version == "2020"
    assert lookup.region("51") is not None


def test_unknown_kbli_version_is_refused() -> None:
    with pytest.raises(ValueError, match="2017"):
        ReferenceData(REPO_RESOURCES / "data", kbli_version="2017")


# -- counts, as stated in resources/data/README.md --------------------------------------------


def test_region_counts_match_the_readme(ref: ReferenceData) -> None:
    assert ref.region_count(2) == 38
    assert ref.region_count(4) == 514
    assert ref.region_count(6) == 7_285
    assert ref.region_count(10) == 83_762


def test_walking_children_reaches_every_region_once(ref: ReferenceData) -> None:
    provinces = ref.children("")
    regencies = [r for p in provinces for r in ref.children(p.code)]
    kecamatan = [k for r in regencies for k in ref.children(r.code)]
    villages = [v for k in kecamatan for v in ref.children(k.code)]
    assert (len(provinces), len(regencies), len(kecamatan), len(villages)) == (
        38,
        514,
        7_285,
        83_762,
    )
    assert Counter(r.level for r in regencies) == {"kabupaten": 416, "kota": 98}
    assert Counter(v.level for v in villages) == {
        "desa": 75_252,
        "kelurahan": 8_496,
        "desa_adat": 14,
    }
    assert len({v.code for v in villages}) == 83_762


def test_kbli_counts_match_the_readme(ref: ReferenceData) -> None:
    assert ref.kbli_count() == 1_789
    kategori = ref.kbli_kategori()
    assert len(kategori) == 21
    assert list(kategori) == [chr(c) for c in range(ord("A"), ord("U") + 1)]


# -- regions ----------------------------------------------------------------------------------


def test_region_lookup_at_every_level(ref: ReferenceData) -> None:
    assert ref.region("51") == Region("51", "Bali", "provinsi", None)
    assert ref.region("5102") == Region("5102", "Kabupaten Tabanan", "kabupaten", "51")
    assert ref.region("5171") == Region("5171", "Kota Denpasar", "kota", "51")
    assert ref.region("510201") == Region("510201", "Selemadeg", "kecamatan", "5102")
    assert ref.region("5102012001") == Region("5102012001", "Bajera", "desa", "510201")
    assert ref.region("5171011001") == Region("5171011001", "Serangan", "kelurahan", "517101")
    assert ref.region("9103013007") == Region(
        "9103013007", "Desa Adat Yoboi", "desa_adat", "910301"
    )


@pytest.mark.parametrize(
    "code",
    ["", "5", "10", "99", "5199", "51.02", "51020120", "5102012999", "51020120010", "５１", "ab"],
)
def test_unknown_or_malformed_region_codes_give_none(ref: ReferenceData, code: str) -> None:
    assert ref.region(code) is None


def test_children_are_one_level_down_sorted_by_name(ref: ReferenceData) -> None:
    provinces = ref.children("")
    assert [p.name for p in provinces[:3]] == ["Aceh", "Bali", "Banten"]
    bali = ref.children("51")
    assert len(bali) == 9
    assert all(r.parent_code == "51" and len(r.code) == 4 for r in bali)
    assert [r.name for r in bali] == sorted(r.name for r in bali)
    assert bali[-1].name == "Kota Denpasar"
    villages = ref.children("510201")
    assert villages
    assert all(v.code.startswith("510201") and len(v.code) == 10 for v in villages)
    assert [v.name.casefold() for v in villages] == sorted(v.name.casefold() for v in villages)


@pytest.mark.parametrize("code", ["99", "5199", "519901", "5102012001", "x", "510"])
def test_children_of_unknown_codes_or_villages_are_empty(ref: ReferenceData, code: str) -> None:
    assert ref.children(code) == ()


def test_village_path_for_display(ref: ReferenceData) -> None:
    path = ref.village_path("5102012001")
    assert [r.name for r in path] == ["Bali", "Kabupaten Tabanan", "Selemadeg", "Bajera"]
    assert [r.code for r in path] == ["51", "5102", "510201", "5102012001"]
    assert [r.name for r in ref.village_path("5102")] == ["Bali", "Kabupaten Tabanan"]
    assert ref.village_path("5102019999") == ()
    assert ref.village_path("") == ()


# -- KBLI look-up -----------------------------------------------------------------------------


def test_kbli_lookup(ref: ReferenceData) -> None:
    assert ref.kbli_version == "2020"
    assert ref.kbli("56101") == Kbli(
        code="56101",
        title="Restoran",
        kategori="I",
        kategori_title="Penyediaan Akomodasi Dan Penyediaan Makan Minum",
        version="2020",
    )
    # In BPS's KBLI 2020 but missing from an OSS-derived list (README).
    assert ref.kbli("11020") is not None
    assert ref.kbli("92000") is not None


@pytest.mark.parametrize("code", ["61925", "74100", "77301", "93232", "93233", "5610", "x", ""])
def test_codes_not_in_kbli_2020_give_none(ref: ReferenceData, code: str) -> None:
    assert ref.kbli(code) is None


# -- KBLI search ------------------------------------------------------------------------------


def test_exact_code_comes_alone(ref: ReferenceData) -> None:
    assert _codes(ref.search_kbli("56101")) == ["56101"]
    assert _codes(ref.search_kbli(" 56101 ")) == ["56101"]


def test_code_prefix_lists_the_codes_below_it_in_order(ref: ReferenceData) -> None:
    assert _codes(ref.search_kbli("561")) == ["56101", "56102", "56103", "56104", "56109"]
    assert _codes(ref.search_kbli("5610"))[0] == "56101"
    found = ref.search_kbli("4", limit=7)
    assert len(found) == 7
    assert all(k.code.startswith("4") for k in found)


def test_warung_makan_finds_rumah_warung_makan_first(ref: ReferenceData) -> None:
    found = ref.search_kbli("warung makan")
    assert found[0].code == "56102"
    assert found[0].title == "Rumah/Warung Makan"


def test_word_search_ignores_case_and_punctuation(ref: ReferenceData) -> None:
    assert _codes(ref.search_kbli("WARUNG-makan!"))[0] == "56102"
    assert _codes(ref.search_kbli("rumah/warung"))[0] == "56102"
    assert _codes(ref.search_kbli("mahad aly")) == ["85340"]  # the title writes "Ma’had"


def test_partly_typed_words_match_as_prefixes(ref: ReferenceData) -> None:
    assert "56102" in _codes(ref.search_kbli("waru mak"))


def test_whole_words_rank_above_prefixes(ref: ReferenceData) -> None:
    codes = _codes(ref.search_kbli("makan", limit=50))
    assert codes[0] == "56102"  # "Makan", the whole word, in a short title
    assert codes.index("56102") < codes.index("56103")  # "Kedai Makanan" only starts with it


def test_shorter_titles_rank_higher(ref: ReferenceData) -> None:
    codes = _codes(ref.search_kbli("kue"))
    assert codes[:2] == ["10792", "10710"]  # Industri Kue Basah, Industri Produk Roti Dan Kue
    assert set(codes) >= {"47242", "47822"}


def test_jahit_finds_sewing_and_tailoring(ref: ReferenceData) -> None:
    codes = _codes(ref.search_kbli("jahit"))
    assert codes[:2] == ["28261", "13113"]  # "... Mesin Jahit", "... Benang Jahit"
    assert "14120" in codes  # "Penjahitan Dan Pembuatan Pakaian Sesuai Pesanan"


def test_bengkel_motor_finds_motorcycle_repair(ref: ReferenceData) -> None:
    # No KBLI 2020 title contains "bengkel"; the alias maps it to "Reparasi"/"Perawatan".
    assert _codes(ref.search_kbli("bengkel motor"))[0] == "45407"


@pytest.mark.parametrize(
    ("query", "first"),
    [("laundry", "96200"), ("mebel kayu", "31001"), ("ternak ayam", "01468")],
)
def test_everyday_words_stand_for_official_ones(ref: ReferenceData, query: str, first: str) -> None:
    assert _codes(ref.search_kbli(query))[0] == first


def test_partly_typed_alias_does_not_outrank_real_words(ref: ReferenceData) -> None:
    found = ref.search_kbli("ter")  # a prefix of the alias "ternak" and of "Terowongan"
    assert found[0].title == "Konstruksi Terowongan"


def test_every_word_must_match(ref: ReferenceData) -> None:
    assert ref.search_kbli("warung zzz") == []
    assert ref.search_kbli("qwertyuiop") == []
    assert ref.search_kbli("") == []
    assert ref.search_kbli("  ,. ") == []
    assert ref.search_kbli("999999") == []


def test_limit_is_respected(ref: ReferenceData) -> None:
    assert len(ref.search_kbli("industri", limit=5)) == 5
    assert ref.search_kbli("industri", limit=0) == []


# -- village search ---------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["Soka'an", 'Soka"an', "sokaan", "SOKA AN", "Soka’an"])
def test_village_search_ignores_punctuation(ref: ReferenceData, query: str) -> None:
    found = ref.search_villages(query)
    assert found[0].village.code == "3513152017"
    assert found[0].village.name == "Soka'an"


@pytest.mark.parametrize("query", ["nian", "N i a n", "Nian"])
def test_village_search_ignores_spacing(ref: ReferenceData, query: str) -> None:
    assert ref.search_villages(query)[0].village.code == "5303112005"


def test_apostrophe_joins_words_for_word_prefix_search(ref: ReferenceData) -> None:
    names = [m.village.name for m in ref.search_villages("kuala bau")]
    assert "Pasi Kuala Ba'u" in names


def test_village_search_hyphen_spacing(ref: ReferenceData) -> None:
    assert ref.search_villages("Batu Jong - Jong")[0].village.name == "Batu Jong-Jong"


def test_village_match_carries_the_region_names(ref: ReferenceData) -> None:
    match = ref.search_villages("soka'an")[0]
    assert (match.kecamatan, match.regency, match.province) == (
        "Krejengan",
        "Kabupaten Probolinggo",
        "Jawa Timur",
    )
    assert match.label == "Soka'an, Kec. Krejengan, Kabupaten Probolinggo, Jawa Timur"


def test_village_ranking_exact_then_prefix_then_word_prefix(ref: ReferenceData) -> None:
    names = [m.village.name for m in ref.search_villages("soka", limit=100)]
    assert names[:3] == ["Soka", "Soka", "Soka"]
    assert "Sokaraja Kidul" in names
    assert names[-2:] == ["Nanga Sokan", "Tanjung Sokan"]  # only a later word starts with it
    assert all(n.casefold().startswith("soka") for n in names[:-2])


def test_comma_narrows_by_kecamatan(ref: ReferenceData) -> None:
    assert len(ref.search_villages("sokawera")) == 4
    found = ref.search_villages("sokawera, cilongok")
    assert [(m.village.code, m.kecamatan) for m in found] == [("3302172020", "Cilongok")]
    assert [m.village.code for m in ref.search_villages("soka, klaten")] == ["3310132004"]


def test_comma_inside_a_village_name(ref: ReferenceData) -> None:
    found = ref.search_villages("Lubuk Pakam I,II")
    assert found[0].village.name == "Lubuk Pakam I,II"


def test_village_search_limit_and_empty(ref: ReferenceData) -> None:
    assert len(ref.search_villages("sari", limit=3)) == 3
    assert ref.search_villages("") == []
    assert ref.search_villages(" - ") == []
    assert ref.search_villages("zzzqqq") == []


def test_normalisation_helpers() -> None:
    assert normalize_words("Rumah/Warung Makan") == ["rumah", "warung", "makan"]
    assert normalize_words("Ma’had Aly") == ["mahad", "aly"]
    assert normalize_words("Pasi Kuala Ba'u") == ["pasi", "kuala", "bau"]
    assert normalize_words("Lawe. Berigin-GAYO") == ["lawe", "berigin", "gayo"]
    assert normalize_words("Ñandú") == ["nandu"]
    assert compact_key("N i a n") == compact_key("Nian") == "nian"


# -- errors -----------------------------------------------------------------------------------


def test_malformed_kbli_file_names_the_file_and_the_fix(resources_copy: Path) -> None:
    path = resources_copy / "data" / "kbli2020_kelompok.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[5] = "01116,Pertanian Cabai"  # a field short
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError) as caught:
        load_reference(resources_copy)
    message = str(caught.value)
    assert "kbli2020_kelompok.csv" in message
    assert "line 6 has 2 fields, expected 4" in message
    assert "reinstall" in message
    assert caught.value.path == path.resolve()


def test_missing_file_names_the_file(resources_copy: Path) -> None:
    (resources_copy / "data" / "wilayah_kecamatan.csv").unlink()
    with pytest.raises(ReferenceDataError, match=r"wilayah_kecamatan\.csv: the file is missing"):
        load_reference(resources_copy)


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="folder does not exist"):
        load_reference(tmp_path / "nowhere")


def test_wrong_header_is_reported(resources_copy: Path) -> None:
    path = resources_copy / "data" / "wilayah_provinsi.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("code,name", "kode,nama", 1), encoding="utf-8")
    with pytest.raises(
        ReferenceDataError, match=r"wilayah_provinsi\.csv: the header is 'kode,nama'"
    ):
        load_reference(resources_copy)


def test_orphan_region_is_reported(resources_copy: Path) -> None:
    path = resources_copy / "data" / "wilayah_kecamatan.csv"
    with path.open("a", encoding="utf-8") as handle:
        handle.write("999901,9999,Nowhere\n")
    with pytest.raises(ReferenceDataError, match="parent region 9999 does not exist"):
        load_reference(resources_copy)


def test_broken_village_file_fails_on_first_village_use(resources_copy: Path) -> None:
    path = resources_copy / "data" / "wilayah_desa_kelurahan.csv"
    path.write_bytes(path.read_bytes()[:-200] + b"\xff\xfe\n")
    data = load_reference(resources_copy)  # the villages load lazily
    assert data.region("51") is not None
    with pytest.raises(ReferenceDataError, match=r"wilayah_desa_kelurahan\.csv: .*not valid UTF-8"):
        data.region("5102012001")
    with pytest.raises(ReferenceDataError):
        data.search_villages("soka")


def test_villages_load_once_under_concurrent_first_use() -> None:
    data = ReferenceData(REPO_RESOURCES / "data")
    found: list[Region | None] = []
    threads = [
        threading.Thread(target=lambda: found.append(data.region("5102012001"))) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    expected = Region("5102012001", "Bajera", "desa", "510201")
    assert found == [expected] * 4
