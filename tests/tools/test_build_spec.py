"""build.spec names paths, modules and Qt files that exist: a rename breaks here, not the release.

`make dist` builds and smoke-tests the frozen application; it is too slow for
the suite, so this checks the recipe's lists and file filter without PyInstaller.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.metadata
import importlib.util
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.paths import REPO_ROOT

ROOT = REPO_ROOT
SPEC = ROOT / "build.spec"
# The spec's literal lists and its pure file filter, run here without PyInstaller.
LITERALS = (
    "NAME",
    "ENTRY_SCRIPT",
    "DATA_PACKAGES",
    "SOURCE_PACKAGES",
    "METADATA",
    "HIDDEN_IMPORTS",
    "HIDDEN_IMPORTS_BY_PLATFORM",
    "IMPORTED_BY_NAME",
    "APP_ID",
    "ICON_BY_PLATFORM",
    "WINDOWS_VERSION_TEMPLATE",
    "EXCLUDED_MODULES",
    "QT_PLUGINS",
    "QT_TRANSLATION_LANGUAGES",
    "QT_LIBRARY_PREFIXES_DROPPED",
)
FILTER_FUNCTIONS = ("_qt_relative", "_plugin_kept", "_library_dropped", "kept")


def _load_spec() -> dict[str, Any]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    namespace: dict[str, Any] = {}
    functions: list[ast.stmt] = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id in LITERALS:
                namespace[target.id] = ast.literal_eval(node.value)
        elif isinstance(node, ast.FunctionDef) and node.name in FILTER_FUNCTIONS:
            functions.append(node)
    assert set(namespace) == set(LITERALS), "build.spec lost one of its lists"
    assert {f.name for f in functions if isinstance(f, ast.FunctionDef)} == set(FILTER_FUNCTIONS)
    module = ast.Module(
        body=[ast.ImportFrom("pathlib", [ast.alias("PurePosixPath")], 0), *functions],
        type_ignores=[],
    )
    exec(compile(ast.fix_missing_locations(module), str(SPEC), "exec"), namespace)  # noqa: S102 - our own build.spec
    return namespace


spec = _load_spec()


def _entry_module() -> Any:
    loader_spec = importlib.util.spec_from_file_location(
        "frozen_entry", ROOT / spec["ENTRY_SCRIPT"]
    )
    assert loader_spec is not None and loader_spec.loader is not None
    module = importlib.util.module_from_spec(loader_spec)
    loader_spec.loader.exec_module(module)
    return module


def test_entry_opens_the_window_when_no_command_is_named() -> None:
    entry = _entry_module()
    assert entry.main.__module__ == "jury_desk.cli.main"
    assert entry.with_default_command([]) == ["window"]
    assert entry.with_default_command(["--lang", "en"]) == ["--lang", "en", "window"]
    command = ["--home", "/tmp/h", "bundle", "inspect", "x.jdbundle"]
    assert entry.with_default_command(command) == command
    assert spec["NAME"] == "jury-desk"


@pytest.mark.parametrize("package", spec["DATA_PACKAGES"] + spec["SOURCE_PACKAGES"])
def test_data_packages_exist_and_hold_files(package: str) -> None:
    found = importlib.util.find_spec(package)
    assert found is not None and found.submodule_search_locations, f"{package} is no package"
    folder = Path(next(iter(found.submodule_search_locations)))
    files = [p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    if package in spec["SOURCE_PACKAGES"]:
        assert any(p.suffix == ".py" and p.name != "__init__.py" for p in files)
    else:
        assert any(p.suffix not in (".py", ".pyc") for p in files), f"{package}: no data"


def test_migration_scripts_are_shipped_as_files() -> None:
    assert spec["SOURCE_PACKAGES"] == [
        "jury_desk.store.migrations",
        "jury_desk.registry.migrations",
    ]
    from jury_desk.registry.migrate import MIGRATIONS_DIR as REGISTRY_MIGRATIONS
    from jury_desk.store.migrate import MIGRATIONS_DIR

    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert (REGISTRY_MIGRATIONS / "env.py").is_file()
    assert list((MIGRATIONS_DIR / "versions").glob("0001_*.py"))


@pytest.mark.parametrize("distribution", spec["METADATA"])
def test_metadata_distributions_are_installed(distribution: str) -> None:
    assert importlib.metadata.distribution(distribution).version


@pytest.mark.parametrize(
    "module", spec["HIDDEN_IMPORTS"] + spec["HIDDEN_IMPORTS_BY_PLATFORM"].get(sys.platform, [])
)
def test_hidden_imports_exist(module: str) -> None:
    assert importlib.util.find_spec(module) is not None, f"no module {module}"


def test_every_module_the_command_line_imports_by_name_is_frozen() -> None:
    from jury_desk.cli.arguments import build_parser
    from tests.core.cli.test_lazy_loading import leaf_parsers

    packages = tuple(spec["IMPORTED_BY_NAME"])
    for _command, target in leaf_parsers(build_parser()):
        module = "jury_desk.cli." + target.partition(":")[0]
        assert module.startswith(packages), module


def test_hidden_imports_cover_every_keyring_backend() -> None:
    import keyring.backends

    folder = Path(keyring.backends.__path__[0])
    backends = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    backends |= {p.name for p in folder.iterdir() if (p / "__init__.py").is_file()}
    assert {f"keyring.backends.{name}" for name in backends} <= set(spec["HIDDEN_IMPORTS"])
    assert set(spec["HIDDEN_IMPORTS_BY_PLATFORM"]) == {"linux", "win32", "darwin"}


def test_the_qt_modules_the_window_uses_are_not_excluded() -> None:
    used = set()
    for path in (ROOT / "jury_desk" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                used.add(node.module)
    assert {"PySide6.QtWidgets", "PySide6.QtPdfWidgets"} <= used
    assert not used & set(spec["EXCLUDED_MODULES"])


def _qt_folder() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="names of the Linux wheel")
def test_filter_keeps_the_linux_platform_plugins_and_drops_the_network_ones() -> None:
    plugins = _qt_folder() / "plugins"
    kept = {
        p.relative_to(plugins).as_posix()
        for p in plugins.rglob("*.so")
        if spec["kept"](f"PySide6/Qt/plugins/{p.relative_to(plugins).as_posix()}")
    }
    assert {
        "platforms/libqoffscreen.so",
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "imageformats/libqsvg.so",
        "imageformats/libqjpeg.so",
        "iconengines/libqsvgicon.so",
        "wayland-shell-integration/libxdg-shell.so",
    } <= kept
    assert not [name for name in kept if name.split("/")[0] in ("tls", "networkinformation")]
    assert "platformthemes/libqgtk3.so" not in kept
    # Every plugin kept on Linux is one the spec names, none kept by accident.
    named = {f"{kind}/lib{name}.so" for kind, names in spec["QT_PLUGINS"].items() for name in names}
    assert kept <= named


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="names of the Linux wheel")
def test_filter_keeps_the_qt_libraries_the_window_needs() -> None:
    libraries = sorted((_qt_folder() / "lib").glob("libQt6*.so.6"))
    kept = {p.name for p in libraries if spec["kept"](f"PySide6/Qt/lib/{p.name}")}
    needed = {"Core", "Gui", "Widgets", "Pdf", "PdfWidgets", "Svg", "DBus", "Network"}
    assert {f"libQt6{name}.so.6" for name in needed} <= kept
    assert "libQt6Quick.so.6" not in kept
    assert "libQt6PdfQuick.so.6" not in kept
    assert "libQt6Qml.so.6" not in kept


def test_filter_on_the_other_systems_paths() -> None:
    kept = spec["kept"]
    # Windows: Qt's folder is PySide6 itself.
    assert kept("PySide6\\Qt6Core.dll")
    assert not kept("PySide6\\Qt6Quick.dll")
    assert kept("PySide6\\plugins\\platforms\\qwindows.dll")
    assert kept("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll")
    assert not kept("PySide6\\plugins\\tls\\qopensslbackend.dll")
    assert kept("PySide6\\translations\\qtbase_fr.qm")
    assert not kept("PySide6\\translations\\qtbase_de.qm")
    # macOS: frameworks.
    assert kept("PySide6/Qt/plugins/platforms/libqcocoa.dylib")
    assert not kept("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick")
    assert kept("PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf")
    assert kept("jury_desk/resources/translations/jury_desk_en.qm")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="names of the Linux wheel")
def test_filter_keeps_qt_translations_of_our_languages_only() -> None:
    folder = _qt_folder() / "translations"
    kept = {
        p.name for p in folder.glob("*.qm") if spec["kept"](f"PySide6/Qt/translations/{p.name}")
    }
    assert {"qtbase_fr.qm", "qtbase_en.qm"} <= kept
    assert all(name.endswith(("_fr.qm", "_en.qm")) for name in kept)


def test_every_resource_file_is_installed_by_the_wheel() -> None:
    # The frozen build collects jury_desk.resources from the installed wheel: a
    # resource missing from package-data would be missing from the application.
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["jury_desk"]
    package = ROOT / "jury_desk"
    resources = [
        p.relative_to(package).as_posix()
        for p in (package / "resources").rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and p.suffix not in (".py", ".pyc", ".ts")  # .ts: the translators' source of the .qm
    ]
    assert resources
    missing = [r for r in resources if not any(fnmatch.fnmatch(r, g) for g in patterns)]
    assert not missing, f"add to [tool.setuptools.package-data]: {missing}"


def test_the_packaging_resources_named_exist() -> None:
    for relative in [*spec["ICON_BY_PLATFORM"].values(), spec["WINDOWS_VERSION_TEMPLATE"]]:
        assert (ROOT / relative).is_file(), relative
    assert set(spec["ICON_BY_PLATFORM"]) == {"win32", "darwin"}  # Linux: the desktop entry's
    assert (ROOT / "resources" / "linux" / f"{spec['APP_ID']}.desktop").is_file()
    assert (ROOT / "resources" / "linux" / f"{spec['APP_ID']}.metainfo.xml").is_file()
