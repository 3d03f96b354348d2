"""The organiser's session folder: `session.toml`, the dossier files, the enrolment requests.

    <folder>/
      session.toml          session, levels, competencies, decision rule, plan, jury, candidates
      dossiers/<id>/…       each candidate's dossier files, declared in session.toml
      requests/<id>.json    each juror's enrolment request, declared in session.toml

`scaffold` writes a commented example for the organiser to edit; `load_folder`
checks a folder and reports the first problem, in the file's order, on one
line naming the file and the key path (positions in a list of blocks count
from 1, as a person counts the `[[candidates]]` blocks); `write_folder` writes
a folder from a `SessionSpec` (the demo generator). Limits follow the bundle
manifest's JSON Schema, so a folder that loads also makes a valid manifest.
"""
