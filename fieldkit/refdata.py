"""Reference data (Kemendagri regions, KBLI) loaded from resources/data, with look-ups and search.

The small tables (provinces, regencies, kecamatan, KBLI) load eagerly; the 83,762 villages load on
first use, and their search index on the first village search, so a cold start pays for neither.
Region codes are kept as sorted integer arrays: a region's children are the contiguous run of codes
that start with its code, found by bisection, so no parent-to-children maps are stored.
"""

from __future__ import annotations

import csv
import os
import re
import threading
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from heapq import nsmallest
from pathlib import Path
from typing import Final

from fieldkit.domain.reference import Kbli, Region

RESOURCES_ENV: Final = "FIELDKIT_RESOURCES"
"""Environment variable naming a resources folder (the one holding ``data/``) to use instead."""

DEFAULT_KBLI_VERSION: Final = "2020"

# KBLI files are named per classification version (kbli2020_kategori.csv, kbli2020_kelompok.csv),
# so KBLI 2025 can be added beside 2020 as kbli2025_*.csv with an entry here.
KBLI_VERSIONS: Final = ("2020",)

_REPAIR_HINT: Final = (
    "The fieldkit installation is incomplete or damaged: reinstall fieldkit (or restore "
    "resources/data from the repository), or set the environment variable "
    f"{RESOURCES_ENV} to a resources folder that holds data/."
)


class ReferenceDataError(Exception):
    """A reference data file is missing or malformed; the message names it and the fix."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"Reference data file {path}: {problem}. {_REPAIR_HINT}")


@dataclass(frozen=True, slots=True)
class VillageMatch:
    """A village found by name, with the names of the regions above it for display."""

    village: Region
    kecamatan: str
    regency: str
    province: str

    @property
    def label(self) -> str:
        return f"{self.village.name}, Kec. {self.kecamatan}, {self.regency}, {self.province}"


# ---------------------------------------------------------------------------------------------
# Text normalisation shared by KBLI and village search

# Apostrophes and quotes join the letters around them (Soka'an, Soka"an, Ma’had -> sokaan, mahad);
# every other non-alphanumeric character separates words (Rumah/Warung, Jong-Jong, Jong - Jong).
_JOINERS: Final = "'\"`´‘’‛“”ʼ"
_JOINER_TABLE: Final = dict.fromkeys(map(ord, _JOINERS), None)
_WORD_RE: Final = re.compile(r"[^\W_]+")
# Nearly every name is ASCII; bytes.translate handles those several times faster than a regex.
_ASCII_TABLE: Final = bytes(
    (b | 0x20) if chr(b).isascii() and chr(b).isalnum() else 0x20 for b in range(256)
)
_ASCII_JOINERS: Final = b"'\"`"


def normalize_words(text: str) -> list[str]:
    """Case-folded words of ``text``, accents and apostrophes removed, split at punctuation."""
    if text.isascii():
        return text.encode().translate(_ASCII_TABLE, _ASCII_JOINERS).decode().split()
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _WORD_RE.findall(text.translate(_JOINER_TABLE))


def compact_key(text: str) -> str:
    """``text`` with case, accents, punctuation and spaces removed: "N i a n" -> "nian"."""
    return "".join(normalize_words(text))


# ---------------------------------------------------------------------------------------------
# CSV reading with errors that name the file


def _read_table(path: Path, columns: tuple[str, ...]) -> list[list[str]]:
    """All data rows of a CSV file whose header is exactly ``columns``."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, strict=True)
            header = next(reader, None)
            rows = list(reader)
    except FileNotFoundError:
        raise ReferenceDataError(path, "the file is missing") from None
    except UnicodeDecodeError as exc:
        raise ReferenceDataError(path, f"the file is not valid UTF-8 ({exc.reason})") from None
    except csv.Error as exc:
        raise ReferenceDataError(path, f"the file is not valid CSV ({exc})") from None
    except OSError as exc:
        raise ReferenceDataError(path, f"the file cannot be read ({exc.strerror})") from None
    if header is None:
        raise ReferenceDataError(path, "the file is empty")
    if tuple(header) != columns:
        raise ReferenceDataError(
            path, f"the header is {','.join(header)!r}, expected {','.join(columns)!r}"
        )
    width = len(columns)
    for number, row in enumerate(rows, start=2):
        if len(row) != width:
            raise ReferenceDataError(path, f"line {number} has {len(row)} fields, expected {width}")
    return rows


def _bad_row(path: Path, number: int, what: str) -> ReferenceDataError:
    return ReferenceDataError(path, f"line {number}: {what}")


# ---------------------------------------------------------------------------------------------
# Regions

_PROVINCE_WIDTH: Final = 2
_REGENCY_WIDTH: Final = 4
_KECAMATAN_WIDTH: Final = 6
_VILLAGE_WIDTH: Final = 10
_CHILD_WIDTH: Final = {
    0: _PROVINCE_WIDTH,
    _PROVINCE_WIDTH: _REGENCY_WIDTH,
    _REGENCY_WIDTH: _KECAMATAN_WIDTH,
    _KECAMATAN_WIDTH: _VILLAGE_WIDTH,
}
_PARENT_WIDTH: Final = {child: parent for parent, child in _CHILD_WIDTH.items()}


def _is_code(code: str, width: int) -> bool:
    return len(code) == width and code.isascii() and code.isdigit()


class _RegionLevel:
    """One level of regions: codes (as integers, strictly ascending), names and kinds."""

    __slots__ = ("codes", "kinds", "names", "width")

    def __init__(self, width: int, codes: array[int], names: list[str], kinds: list[str]) -> None:
        self.width = width
        self.codes = codes
        self.names = names
        self.kinds = kinds

    def __len__(self) -> int:
        return len(self.codes)

    def index(self, code: str) -> int | None:
        if not _is_code(code, self.width):
            return None
        value = int(code)
        i = bisect_left(self.codes, value)
        return i if i < len(self.codes) and self.codes[i] == value else None

    def span(self, prefix: str) -> range:
        """Indices of the regions whose code starts with ``prefix`` (all digits, maybe empty)."""
        scale = 10 ** (self.width - len(prefix))
        low = int(prefix) * scale if prefix else 0
        return range(bisect_left(self.codes, low), bisect_left(self.codes, low + scale))

    def code(self, i: int) -> str:
        return str(self.codes[i]).zfill(self.width)

    def region(self, i: int) -> Region:
        code = self.code(i)
        parent_width = _PARENT_WIDTH[self.width]
        return Region(
            code=code,
            name=self.names[i],
            level=self.kinds[i],
            parent_code=code[:parent_width] if parent_width else None,
        )


def _load_level(
    path: Path,
    columns: tuple[str, ...],
    *,
    width: int,
    parent: _RegionLevel | None,
    kind: Callable[[list[str]], str | None],
) -> _RegionLevel:
    """Read one region file: column 0 is the code, column 1 the parent code (if any)."""
    rows = _read_table(path, columns)
    name_column = 1 if parent is None else 2
    parent_codes = frozenset(parent.codes) if parent is not None else frozenset()
    codes: array[int] = array("q")
    names: list[str] = []
    kinds: list[str] = []
    kind_names: dict[str, str] = {}  # one string object per kind, not one per row
    previous = -1
    for number, row in enumerate(rows, start=2):
        code = row[0]
        if not _is_code(code, width):
            raise _bad_row(path, number, f"code {code!r} is not {width} digits")
        value = int(code)
        if value <= previous:
            raise _bad_row(path, number, f"code {code} is duplicated or out of order")
        previous = value
        if parent is not None:
            parent_code = code[: parent.width]
            if row[1] != parent_code:
                raise _bad_row(path, number, f"parent code {row[1]!r} does not prefix {code}")
            if int(parent_code) not in parent_codes:
                raise _bad_row(path, number, f"parent region {parent_code} does not exist")
        name = row[name_column]
        if not name:
            raise _bad_row(path, number, f"region {code} has no name")
        level = kind(row)
        if level is None:
            raise _bad_row(path, number, f"region {code} has an unknown type {row[-1]!r}")
        codes.append(value)
        names.append(name)
        kinds.append(kind_names.setdefault(level, level))
    if not codes:
        raise ReferenceDataError(path, "the file has no rows")
    return _RegionLevel(width, codes, names, kinds)


def _type_column(allowed: frozenset[str]) -> Callable[[list[str]], str | None]:
    def kind(row: list[str]) -> str | None:
        return row[-1] if row[-1] in allowed else None

    return kind


def _has_word_prefixes(words: list[str], prefixes: Iterable[str]) -> bool:
    return all(any(w.startswith(p) for w in words) for p in prefixes)


class _NameIndex:
    """Search index over names: compact keys and words, each sorted for prefix bisection."""

    __slots__ = ("_key_ids", "_keys", "_names", "_word_ids", "_words", "compact")

    def __init__(self, names: Sequence[str]) -> None:
        self._names = names
        interned: dict[str, str] = {}  # one string per distinct word, however many names use it
        self.compact: list[str] = []
        flat_words: list[str] = []
        flat_ids: list[int] = []
        for i, name in enumerate(names):
            words = normalize_words(name)
            self.compact.append("".join(words))
            for word in set(words):
                flat_words.append(interned.setdefault(word, word))
                flat_ids.append(i)
        # Sorting is stable, so equal keys stay in code order.
        order = sorted(range(len(names)), key=self.compact.__getitem__)
        self._keys = [self.compact[i] for i in order]
        self._key_ids = array("i", order)
        order = sorted(range(len(flat_words)), key=flat_words.__getitem__)
        self._words = [flat_words[j] for j in order]
        self._word_ids = array("i", [flat_ids[j] for j in order])

    def by_key_prefix(self, key: str) -> Iterable[int]:
        """Ids whose compact key starts with ``key``, in key order (so exact matches first)."""
        low = bisect_left(self._keys, key)
        high = bisect_left(self._keys, key + "\U0010ffff")
        return self._key_ids[low:high]

    def _word_span(self, prefix: str) -> tuple[int, int]:
        return bisect_left(self._words, prefix), bisect_left(self._words, prefix + "\U0010ffff")

    def by_word_prefixes(self, prefixes: Sequence[str]) -> set[int]:
        """Ids having, for every prefix, a word that starts with it."""
        if not prefixes:
            return set()
        spans = {p: self._word_span(p) for p in set(prefixes)}
        ordered = sorted(spans, key=lambda p: spans[p][1] - spans[p][0])  # rarest word first
        low, high = spans[ordered[0]]
        ids = set(self._word_ids[low:high])
        rest = ordered[1:]
        if rest:
            ids = {i for i in ids if _has_word_prefixes(normalize_words(self._names[i]), rest)}
        return ids

    def matches(self, text: str) -> set[int]:
        """Ids whose name starts with ``text`` (ignoring punctuation) or has its words' prefixes."""
        ids = set(self.by_key_prefix(compact_key(text)))
        return ids | self.by_word_prefixes(normalize_words(text))


@dataclass(frozen=True, slots=True)
class _VillageSearch:
    """Village search indexes, built on the first village search."""

    villages: _NameIndex
    kecamatan: _NameIndex
    regencies: _NameIndex
    provinces: _NameIndex


# ---------------------------------------------------------------------------------------------
# KBLI


class _MatchKind:
    """How a query word matched a title word; lower is better.

    A whole alias counts as the official word it stands for ("bengkel" is FULL on "Reparasi"); a
    partly typed one is weak ("ter" as AFFIXED on "Budidaya", for "ternak"), so it cannot push
    titles with "Ter..." words down.
    """

    FULL = 0  # the whole word: "kue" in "Kue Basah"
    PREFIX = 1  # the start of a word: "makan" in "Makanan"
    AFFIXED = 2  # after an Indonesian prefix: "jahit" in "Penjahitan", "Menjahit"
    NONE = 3


# Indonesian derivational prefixes, so "jahit" finds "Penjahitan" and "motor" finds "Bermotor".
_AFFIXES: Final = (
    "ber", "di", "ke", "me", "mem", "men", "meng", "meny", "pe", "pem", "pen", "peng", "peny",
    "per", "se", "ter",
)  # fmt: skip
_MIN_AFFIXED_QUERY: Final = 3  # shorter query words would match inside too many words

# Everyday words officers and applicants type that no KBLI 2020 title uses for the activity
# (a seed list: extend it from what officers search for and fail to find).
_ALIASES: Final[dict[str, tuple[str, ...]]] = {
    "bengkel": ("reparasi", "perawatan"),
    "servis": ("reparasi", "perawatan"),
    "laundry": ("penatu",),
    "londri": ("penatu",),
    "mebel": ("furnitur",),
    "ternak": ("budidaya", "pembibitan"),
}

# Words that carry no meaning for ranking: they neither count as unmatched title words nor
# need to be matched when typed.
_STOP_WORDS: Final = frozenset(
    {"dan", "atau", "di", "dari", "ke", "untuk", "yang", "serta", "dengan", "pada", "dalam"}
)


class _KbliTable:
    """One KBLI version's kelompok, by code and by title word."""

    def __init__(self, data_dir: Path, version: str) -> None:
        self.version = version
        kategori_path = data_dir / f"kbli{version}_kategori.csv"
        kategori: dict[str, str] = {}
        for number, (code, title) in enumerate(
            _read_table(kategori_path, ("code", "title")), start=2
        ):
            if not (len(code) == 1 and "A" <= code <= "Z") or not title:
                raise _bad_row(kategori_path, number, f"kategori {code!r} is not a letter A-Z")
            kategori[code] = title
        kelompok_path = data_dir / f"kbli{version}_kelompok.csv"
        rows = _read_table(kelompok_path, ("code", "title", "kategori", "golongan_pokok"))
        items: list[Kbli] = []
        for number, (code, title, letter, golongan_pokok) in enumerate(rows, start=2):
            if not _is_code(code, 5) or code[:2] != golongan_pokok:
                raise _bad_row(kelompok_path, number, f"KBLI code {code!r} is not 5 digits")
            if items and code <= items[-1].code:
                raise _bad_row(kelompok_path, number, f"code {code} is duplicated or out of order")
            if letter not in kategori:
                raise _bad_row(
                    kelompok_path, number, f"kategori {letter!r} is not in {kategori_path.name}"
                )
            if not title:
                raise _bad_row(kelompok_path, number, f"KBLI {code} has no title")
            items.append(Kbli(code, title, letter, kategori[letter], version))
        if not items:
            raise ReferenceDataError(kelompok_path, "the file has no rows")
        self.kategori = kategori
        self.items = tuple(items)
        self.codes = [k.code for k in items]
        self.by_code = {k.code: k for k in items}
        self.title_words = [tuple(normalize_words(k.title)) for k in items]
        postings: dict[str, list[int]] = {}
        for i, words in enumerate(self.title_words):
            for word in set(words):
                postings.setdefault(word, []).append(i)
        self._postings = {w: tuple(ids) for w, ids in postings.items()}
        self._vocabulary = sorted(postings)
        stems = sorted(
            (word[len(affix) :], word)
            for word in self._vocabulary
            for affix in _AFFIXES
            if word.startswith(affix) and len(word) - len(affix) >= _MIN_AFFIXED_QUERY
        )
        self._stems = [stem for stem, _ in stems]
        self._stem_words = [word for _, word in stems]

    def search(self, query: str, limit: int) -> list[Kbli]:
        if limit <= 0:
            return []
        digits = "".join(query.split()).replace(".", "")
        if digits and digits.isascii() and digits.isdigit():
            # Codes sort as text, so the exact code is the first of those it prefixes.
            low = bisect_left(self.codes, digits)
            high = bisect_left(self.codes, digits + "~")  # "~" sorts after every digit
            return list(self.items[low : min(high, low + limit)])
        words = list(dict.fromkeys(normalize_words(query)))
        words = [w for w in words if w not in _STOP_WORDS] or words
        if not words:
            return []
        return self._search_words(words, limit)

    def _word_kinds(self, query_word: str) -> dict[str, int]:
        """Title words that ``query_word`` matches, each with its best match kind."""
        kinds: dict[str, int] = {}

        def add(word: str, kind: int) -> None:
            if kinds.get(word, _MatchKind.NONE) > kind:
                kinds[word] = kind

        for alias, targets in _ALIASES.items():
            if alias.startswith(query_word) and len(query_word) >= _MIN_AFFIXED_QUERY:
                kind = _MatchKind.FULL if alias == query_word else _MatchKind.AFFIXED
                for target in targets:
                    add(target, kind)
        if len(query_word) >= _MIN_AFFIXED_QUERY:
            low = bisect_left(self._stems, query_word)
            high = bisect_left(self._stems, query_word + "\U0010ffff")
            for word in self._stem_words[low:high]:
                add(word, _MatchKind.AFFIXED)
        low = bisect_left(self._vocabulary, query_word)
        high = bisect_left(self._vocabulary, query_word + "\U0010ffff")
        for word in self._vocabulary[low:high]:
            add(word, _MatchKind.FULL if word == query_word else _MatchKind.PREFIX)
        return kinds

    def _search_words(self, words: list[str], limit: int) -> list[Kbli]:
        per_word = [self._word_kinds(w) for w in words]
        per_word.sort(key=len)
        candidates: set[int] | None = None
        for kinds in per_word:
            ids = {i for word in kinds for i in self._postings.get(word, ())}
            candidates = ids if candidates is None else candidates & ids
            if not candidates:
                return []
        assert candidates is not None  # words is not empty

        def rank(i: int) -> tuple[int, int, int, int, int, str]:
            title_words = self.title_words[i]
            matched: set[int] = set()
            weak = partial = position = 0
            for kinds in per_word:
                best = _MatchKind.NONE
                first = -1
                for at, word in enumerate(title_words):
                    kind = kinds.get(word)
                    if kind is not None:
                        matched.add(at)
                        best = min(best, kind)
                        if first < 0:
                            first = at
                weak += best == _MatchKind.AFFIXED
                partial += best == _MatchKind.PREFIX
                position += first
            unmatched = sum(
                1
                for at, word in enumerate(title_words)
                if at not in matched and word not in _STOP_WORDS
            )
            item = self.items[i]
            return (weak, partial, unmatched, position, len(item.title), item.code)

        return [self.items[i] for i in nsmallest(limit, candidates, key=rank)]


# ---------------------------------------------------------------------------------------------
# The public façade


class ReferenceData:
    """Regions and KBLI: implements RegionLookup and KbliLookup of fieldkit.domain.reference.

    Safe to share between threads: the tables never change after loading, and the lazy village
    loading is guarded by a lock.
    """

    def __init__(self, data_dir: Path, *, kbli_version: str = DEFAULT_KBLI_VERSION) -> None:
        if kbli_version not in KBLI_VERSIONS:
            raise ValueError(f"unknown KBLI version {kbli_version!r}; known: {KBLI_VERSIONS}")
        self.data_dir = data_dir
        self._provinces = _load_level(
            data_dir / "wilayah_provinsi.csv",
            ("code", "name"),
            width=_PROVINCE_WIDTH,
            parent=None,
            kind=lambda _row: "provinsi",
        )
        self._regencies = _load_level(
            data_dir / "wilayah_kabupaten_kota.csv",
            ("code", "province_code", "name", "type"),
            width=_REGENCY_WIDTH,
            parent=self._provinces,
            kind=_type_column(frozenset({"kabupaten", "kota"})),
        )
        self._kecamatan = _load_level(
            data_dir / "wilayah_kecamatan.csv",
            ("code", "regency_code", "name"),
            width=_KECAMATAN_WIDTH,
            parent=self._regencies,
            kind=lambda _row: "kecamatan",
        )
        self._kbli = _KbliTable(data_dir, kbli_version)
        self._lock = threading.Lock()
        self._villages: _RegionLevel | None = None
        self._village_search: _VillageSearch | None = None

    # -- lazy villages ------------------------------------------------------------------------

    def preload_villages(self, *, with_search: bool = False) -> None:
        """Load the villages now (say, from a worker once the window shows), not on first use."""
        if with_search:
            self._search_index()
        else:
            self._village_level()

    def _village_level(self) -> _RegionLevel:
        villages = self._villages
        if villages is None:
            with self._lock:
                if self._villages is None:
                    self._villages = _load_level(
                        self.data_dir / "wilayah_desa_kelurahan.csv",
                        ("code", "district_code", "name", "type"),
                        width=_VILLAGE_WIDTH,
                        parent=self._kecamatan,
                        kind=_type_column(frozenset({"desa", "kelurahan", "desa_adat"})),
                    )
                villages = self._villages
        return villages

    def _search_index(self) -> _VillageSearch:
        index = self._village_search
        if index is None:
            villages = self._village_level()
            with self._lock:
                if self._village_search is None:
                    self._village_search = _VillageSearch(
                        villages=_NameIndex(villages.names),
                        kecamatan=_NameIndex(self._kecamatan.names),
                        regencies=_NameIndex(self._regencies.names),
                        provinces=_NameIndex(self._provinces.names),
                    )
                index = self._village_search
        return index

    def _level(self, width: int) -> _RegionLevel | None:
        if width == _PROVINCE_WIDTH:
            return self._provinces
        if width == _REGENCY_WIDTH:
            return self._regencies
        if width == _KECAMATAN_WIDTH:
            return self._kecamatan
        if width == _VILLAGE_WIDTH:
            return self._village_level()
        return None

    # -- regions ------------------------------------------------------------------------------

    def region(self, code: str) -> Region | None:
        """The region with this code (2, 4, 6 or 10 digits, no dots), or None."""
        if len(code) not in _PARENT_WIDTH or not code.isascii() or not code.isdigit():
            return None
        level = self._level(len(code))
        assert level is not None  # the length was checked above
        i = level.index(code)
        return None if i is None else level.region(i)

    def children(self, code: str = "") -> tuple[Region, ...]:
        """Regions one level below ``code`` ("" for provinces), sorted by name; () if unknown."""
        child_width = _CHILD_WIDTH.get(len(code))
        if child_width is None or (code and self.region(code) is None):
            return ()
        level = self._level(child_width)
        assert level is not None  # every child width has a level
        found = [level.region(i) for i in level.span(code)]
        found.sort(key=lambda r: (r.name.casefold(), r.code))
        return tuple(found)

    def village_path(self, code: str) -> tuple[Region, ...]:
        """Province, regency, kecamatan and village for a village code (a shorter path for a
        higher region's code); () if the code is unknown."""
        if self.region(code) is None:
            return ()
        path: list[Region] = []
        for width in (_PROVINCE_WIDTH, _REGENCY_WIDTH, _KECAMATAN_WIDTH, _VILLAGE_WIDTH):
            if width > len(code):
                break
            region = self.region(code[:width])
            assert region is not None  # the files were checked: every parent exists
            path.append(region)
        return tuple(path)

    def search_villages(self, query: str, limit: int = 20) -> list[VillageMatch]:
        """Villages by name, tolerant of case, punctuation and spacing ("Soka'an" = 'Soka"an').

        "name, kecamatan" narrows the results to villages whose kecamatan (or regency, or
        province) matches the part after the comma. Ranking: exact name, then names starting with
        the query, then names whose words start with the query's words; ties in name order.
        """
        if limit <= 0 or not query.strip():
            return []
        name, _, qualifier = query.partition(",")
        ids: list[int] = []
        if qualifier.strip():
            ids = self._find_villages(name, qualifier.split(","), limit)
        if not ids:
            # No qualifier, or a comma inside the name itself ("Lambang Sari I, II, III").
            ids = self._find_villages(query, [], limit)
        villages = self._village_level()
        return [self._village_match(villages, i) for i in ids]

    def _find_villages(self, name: str, qualifiers: list[str], limit: int) -> list[int]:
        index = self._search_index()
        key = compact_key(name)
        if not key:
            return []
        allowed = self._qualifier_filter(index, qualifiers)
        codes = self._village_level().codes
        found: list[int] = []
        seen: set[int] = set()
        for i in index.villages.by_key_prefix(key):
            seen.add(i)
            if allowed(codes[i]):
                found.append(i)
                if len(found) == limit:
                    return found
        by_words = [
            i
            for i in index.villages.by_word_prefixes(normalize_words(name))
            if i not in seen and allowed(codes[i])
        ]
        compact = index.villages.compact
        found.extend(nsmallest(limit - len(found), by_words, key=lambda i: (compact[i], i)))
        return found

    def _qualifier_filter(
        self, index: _VillageSearch, qualifiers: list[str]
    ) -> Callable[[int], bool]:
        """A test on village codes for "kecamatan, regency or province matches each qualifier"."""
        tests: list[tuple[frozenset[int], frozenset[int], frozenset[int]]] = []
        for qualifier in qualifiers:
            if not compact_key(qualifier):
                continue
            tests.append(
                (
                    frozenset(self._kecamatan.codes[i] for i in index.kecamatan.matches(qualifier)),
                    frozenset(self._regencies.codes[i] for i in index.regencies.matches(qualifier)),
                    frozenset(self._provinces.codes[i] for i in index.provinces.matches(qualifier)),
                )
            )

        def allowed(code: int) -> bool:
            return all(
                code // 10_000 in kecamatan
                or code // 1_000_000 in regencies
                or code // 10**8 in provinces
                for kecamatan, regencies, provinces in tests
            )

        return allowed

    def _village_match(self, villages: _RegionLevel, i: int) -> VillageMatch:
        village = villages.region(i)
        names = [self._level_name(w, village.code) for w in (6, 4, 2)]
        return VillageMatch(village, kecamatan=names[0], regency=names[1], province=names[2])

    def _level_name(self, width: int, code: str) -> str:
        level = self._level(width)
        assert level is not None
        i = level.index(code[:width])
        assert i is not None  # the files were checked: every parent exists
        return level.names[i]

    # -- KBLI ---------------------------------------------------------------------------------

    @property
    def kbli_version(self) -> str:
        return self._kbli.version

    def kbli(self, code: str) -> Kbli | None:
        """The KBLI kelompok with this 5-digit code, or None."""
        return self._kbli.by_code.get(code)

    def kbli_kategori(self) -> dict[str, str]:
        """Kategori letter -> title, A to U."""
        return dict(self._kbli.kategori)

    def kbli_count(self) -> int:
        return len(self._kbli.items)

    def search_kbli(self, query: str, limit: int = 20) -> list[Kbli]:
        """KBLI kelompok by code prefix ("561", "56101") or by words ("warung makan").

        Codes: the exact code first, then longer codes it prefixes, in code order. Words: every
        query word must start a title word, or (a weak match) start it after an Indonesian prefix
        ("jahit" finds "Penjahitan"); a few everyday words stand for official ones ("bengkel" for
        "Reparasi"). Ranked by fewest weak matches, then fewest words matched only in part, then
        fewest other title words (shorter titles first), then how early the words match, then
        title length. Case, accents and punctuation are ignored.
        """
        return self._kbli.search(query, limit)

    # -- counts, for tests and diagnostics ----------------------------------------------------

    def region_count(self, width: int) -> int:
        """How many regions have codes of this width (2, 4, 6 or 10 digits)."""
        level = self._level(width)
        if level is None:
            raise ValueError(f"no region level has {width}-digit codes")
        return len(level)


# ---------------------------------------------------------------------------------------------
# Locating and loading


def default_resources_dir() -> Path:
    """$FIELDKIT_RESOURCES if set, else resources/ beside the fieldkit package (the repository
    root, also when fieldkit is installed in editable mode)."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override).expanduser()
    return Path(__file__).resolve().parent.parent / "resources"


def load_reference(resources_dir: Path | None = None) -> ReferenceData:
    """The reference data under ``resources_dir``/data (default: :func:`default_resources_dir`).

    Loaded once per process and folder; raises :class:`ReferenceDataError` naming the file if a
    file is missing or malformed.
    """
    folder = resources_dir if resources_dir is not None else default_resources_dir()
    return _load_cached(folder.resolve())


@cache
def _load_cached(resources_dir: Path) -> ReferenceData:
    data_dir = resources_dir / "data"
    if not data_dir.is_dir():
        raise ReferenceDataError(data_dir, "the reference data folder does not exist")
    return ReferenceData(data_dir)
