"""The generator: Word submissions (概要, 別表1–4) from plan data, with docxtpl.

Not implemented yet (issue: Generate the submission); the package exists so
that the layout the project is built around is visible.
"""
