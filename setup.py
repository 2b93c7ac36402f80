"""The package build compiles the translations (translations/*.ts) into package data.

Everything else is in pyproject.toml; this file only adds that step to ``build_py``, so a
wheel, an sdist's build and an editable install all carry their ``.qm`` files.
"""

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
QM_IN_PACKAGE = Path("wizard", "resources", "translations")
TRANSLATED = ("de", "es")  # English is the source language: it needs no .qm


def compile_ts(ts_file: Path, qm_file: Path) -> None:
    # wizard/lrelease.py on its own: the package's other dependencies are not installed here.
    spec = importlib.util.spec_from_file_location("lrelease", ROOT / "wizard" / "lrelease.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.compile_ts(ts_file, qm_file)


class BuildWithTranslations(build_py):
    def run(self):
        super().run()
        # An editable install runs the package from the source folder: compile into it.
        folder = ROOT if self.editable_mode else Path(self.build_lib)
        for lang in TRANSLATED:
            compile_ts(ROOT / "translations" / f"{lang}.ts", folder / QM_IN_PACKAGE / f"{lang}.qm")

    def get_outputs(self, include_bytecode=True):
        outputs = super().get_outputs(include_bytecode)
        if not self.editable_mode:
            outputs += [str(Path(self.build_lib) / QM_IN_PACKAGE / f"{t}.qm") for t in TRANSLATED]
        return outputs


setup(cmdclass={"build_py": BuildWithTranslations})
