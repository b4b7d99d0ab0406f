"""What banking staff do to proposals: approve, reject, correct, write off, export.

Every operation here touches money, so each one checks the proposal's version (two
reviewers can never both decide the same item) and writes an audit event with the state
before and after. The web app is a thin layer over these functions.
"""
