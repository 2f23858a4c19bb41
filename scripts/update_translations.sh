#!/usr/bin/env bash
# Refresh the translation catalogue from the source and compile it:
#   resources/i18n/ree_evaluator_ja.ts  (edited by translators: pyside6-linguist, or any text editor)
#   resources/i18n/ree_evaluator_ja.qm  (what the app loads; committed so a checkout runs without Qt tools)
# pyside6-lupdate finds self.tr(...), QCoreApplication.translate(...), translate("Context", ...) in the core and
# QT_TRANSLATE_NOOP(...) markers; existing translations are kept, obsolete ones dropped.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s globstar  # evaluator/**/*.py: every package at any depth (evaluator/analysis/portfolio/ is three deep)
sources=$(ls ui/*.py evaluator/**/*.py)
for language in ja; do
  .venv/bin/pyside6-lupdate $sources -no-obsolete -ts "resources/i18n/ree_evaluator_${language}.ts"
  .venv/bin/pyside6-lrelease "resources/i18n/ree_evaluator_${language}.ts" -qm "resources/i18n/ree_evaluator_${language}.qm"
done
