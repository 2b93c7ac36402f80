"""A smaller ICU data library for the app folder (Linux): build.spec puts it in place of the
32 MB `libicudata.so.73` that PySide6's Qt links to.

Qt asks ICU for collation, case mapping, time zones, text encodings and IDNA; it has its own
tables for the names of languages, countries and currencies. So the parts of ICU's data that
only ICU's own formatting APIs read are left out: display names of languages, regions,
currencies and units, transliteration and spelled-out numbers (about 12 MB). Everything
else is kept byte for byte, in ICU's "common data" layout, and wrapped into a shared library
with the same name and symbol by the GNU assembler and linker (Debian package binutils).
tests/test_icu_data.py checks that Qt answers the same with the smaller library.

    python tools/icu_data.py LIBICUDATA OUT_DIR     prints the path of the smaller library
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

DROPPED = ("lang", "region", "curr", "unit", "translit", "rbnf")
_ALIGN = 16


def _elf_symbol(data: bytes, prefix: bytes, suffix: bytes) -> tuple[str, int, int]:
    """(name, file offset, size) of the one dynamic symbol named prefix...suffix (ELF64 LE)."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link]
        for at in range(offset, offset + size, entsize):
            st_name, _st_info, _st_other, st_shndx, st_value, st_size = struct.unpack_from(
                "<IBBHQQ", data, at
            )
            start = strings[4] + st_name
            name = data[start : data.index(b"\0", start)]
            if name.startswith(prefix) and name.endswith(suffix) and st_size:
                home = sections[st_shndx]
                return name.decode("ascii"), st_value - home[3] + home[4], st_size
    raise ValueError("no ICU data symbol in this library")


def _items(blob: bytes) -> list[tuple[str, bytes]]:
    """The named items of an ICU common data blob ("CmnD"), in their (sorted) order."""
    (header,) = struct.unpack_from("<H", blob, 0)
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not ICU common data")
    (count,) = struct.unpack_from("<I", blob, header)
    entries = [struct.unpack_from("<II", blob, header + 4 + 8 * i) for i in range(count)]
    starts = [header + data_at for _name_at, data_at in entries] + [len(blob)]
    items = []
    for i, (name_at, _data_at) in enumerate(entries):
        name_start = header + name_at
        name = blob[name_start : blob.index(b"\0", name_start)].decode("ascii")
        items.append((name, blob[starts[i] : starts[i + 1]]))
    return items


def trimmed_blob(blob: bytes) -> bytes:
    """The same common data without the items under the DROPPED trees."""
    (header,) = struct.unpack_from("<H", blob, 0)
    kept = [
        (name, item)
        for name, item in _items(blob)
        if name.split("/")[1] not in DROPPED or name.count("/") < 2
    ]
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    toc_size = 4 + 8 * len(kept)
    first = toc_size + len(names)
    first += -(header + first) % _ALIGN
    toc = bytearray(struct.pack("<I", len(kept)))
    body = bytearray()
    name_at = toc_size
    for name, item in kept:
        toc += struct.pack("<II", name_at, first + len(body))
        name_at += len(name) + 1
        body += item + bytes(-len(item) % _ALIGN)
    out = bytearray(blob[:header]) + toc + names
    out += bytes(header + first - len(out))
    return bytes(out + body)


def build(library: Path, out_dir: Path) -> Path:
    """Write the smaller library, with the original's file name, into ``out_dir``."""
    data = library.read_bytes()
    symbol, offset, size = _elf_symbol(data, b"icudt", b"_dat")
    blob = trimmed_blob(data[offset : offset + size])
    for tool in ("as", "ld"):
        if shutil.which(tool) is None:
            raise SystemExit(f"icu_data: `{tool}` is missing; install the Debian package binutils")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / library.name
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "icu.dat").write_bytes(blob)
        (work / "icu.s").write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n"
            f'\t.balign {_ALIGN}\n{symbol}:\n\t.incbin "icu.dat"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(["as", "-o", "icu.o", "icu.s"], cwd=work, check=True)
        subprocess.run(
            ["ld", "-shared", "-soname", library.name, "-o", str(target.resolve()), "icu.o"],
            cwd=work,
            check=True,
        )
    return target


if __name__ == "__main__":
    print(build(Path(sys.argv[1]), Path(sys.argv[2])))
