"""The CDC's processing report (« accusé de traitement »), read back.

`rapport` (namespace urn:cdc:cpf:pc5:rapport:schema) names the file and the flow it
answers (`nomFichier`, `idFlux`), its treatment (`idTraitement`), the passages refused
with the CDC's message (`PassagesKO/passage` { `idTechnique`, `messageErreur` }) and
those accepted (`PassagesOK/idTechnique`). Read with guards: a regular file, capped, no
DTD or entity; a damaged file or one that is not a report is refused in one line.
Children are matched by their local names: a report whose children are written
without the namespace is still the same report.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from jury_desk.declaration.errors import DeclarationError
from jury_desk.declaration.schema import FLOW_NAMESPACE, safe_parser
from jury_desk.kernel.messages import QT_TRANSLATE_NOOP
from jury_desk.kernel.outside_files import MIB, FileCap, read_outside_file

REPORT_NAMESPACE = "urn:cdc:cpf:pc5:rapport:schema"
REPORT_FILE = FileCap(QT_TRANSLATE_NOOP("messages", "a processing report"), 64 * MIB)
_ID_MAX = 255


@dataclass(frozen=True)
class RejectedPassage:
    technical_id: str
    message: str


@dataclass(frozen=True)
class ProcessingReport:
    file_name: str  # the flow's file name as the CDC received it
    flow_id: str
    treatment_id: str
    accepted: tuple[str, ...]
    rejected: tuple[RejectedPassage, ...]


def read_report(path: Path) -> ProcessingReport:
    """The report at `path`; DeclarationError if it is damaged or not a processing report."""
    data = read_outside_file(path, REPORT_FILE)
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as error:
        raise _damaged(path, str(error)) from None
    if root.getroottree().docinfo.doctype:
        raise _damaged(path, "a DOCTYPE declaration")
    name = etree.QName(root)
    if name.namespace == FLOW_NAMESPACE:
        raise DeclarationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{file} is a declaration sent to the CDC, not its processing report.",
            ),
            file=path.name,
        )
    if name.localname != "rapport" or name.namespace not in (REPORT_NAMESPACE, None):
        raise DeclarationError(
            QT_TRANSLATE_NOOP(
                "messages", "{file} is not a processing report of the CDC (its root is <{root}>)."
            ),
            file=path.name,
            root=name.localname,
        )
    flow_id = _child_text(root, "idFlux")
    if not flow_id:
        raise _damaged(path, "no idFlux")
    accepted = tuple(_ids(_children(_child(root, "PassagesOK"), "idTechnique"), path))
    rejected = tuple(
        RejectedPassage(
            _id(_child_text(passage, "idTechnique"), path), _child_text(passage, "messageErreur")
        )
        for passage in _children(_child(root, "PassagesKO"), "passage")
    )
    both = set(accepted) & {passage.technical_id for passage in rejected}
    if both:
        raise _damaged(path, f"{sorted(both)[0]} is both accepted and rejected")
    return ProcessingReport(
        file_name=_child_text(root, "nomFichier"),
        flow_id=flow_id,
        treatment_id=_child_text(root, "idTraitement"),
        accepted=accepted,
        rejected=rejected,
    )


def _child(parent: etree._Element, name: str) -> etree._Element | None:
    found = _children(parent, name)
    return found[0] if found else None


def _children(parent: etree._Element | None, name: str) -> list[etree._Element]:
    if parent is None:
        return []
    return [
        child
        for child in parent
        if isinstance(child.tag, str) and etree.QName(child).localname == name
    ]


def _child_text(parent: etree._Element, name: str) -> str:
    """The child's text on one line (a message may be wrapped in the file)."""
    child = _child(parent, name)
    return "" if child is None else " ".join((child.text or "").split())


def _ids(elements: list[etree._Element], path: Path) -> list[str]:
    return [_id((element.text or "").strip(), path) for element in elements]


def _id(value: str, path: Path) -> str:
    if not value or len(value) > _ID_MAX:
        raise _damaged(path, "a passage without a valid idTechnique")
    return value


def _damaged(path: Path, detail: str) -> DeclarationError:
    return DeclarationError(
        QT_TRANSLATE_NOOP("messages", "{file} is not a readable processing report ({detail})."),
        file=path.name,
        detail=" ".join(detail.split()),  # lxml's messages may hold line breaks
    )
