"""The example GitHub workflow is a valid workflow that runs copydesk as documented."""
import subprocess
import sys
from pathlib import Path

import yaml

WORKFLOW = Path(__file__).resolve().parent.parent / "examples" / "github-workflow.yml"


def test_workflow_matches_the_github_workflow_schema():
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                             str(WORKFLOW)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_annotates_and_uploads_sarif():
    steps = yaml.safe_load(WORKFLOW.read_text())["jobs"]["copydesk"]["steps"]
    commands = " ".join(step.get("run", "") for step in steps)
    assert "--format github" in commands and "--format sarif --output copydesk.sarif" in commands
    assert "--diff-base" in commands
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif") for step in steps)


def test_workflow_posts_the_markdown_summary_and_the_review_page():
    import shlex

    from copydesk.cli import build_parser

    steps = yaml.safe_load(WORKFLOW.read_text())["jobs"]["copydesk"]["steps"]
    runs = [step["run"] for step in steps if step.get("run", "").startswith("copydesk ")]
    summary = next(run for run in runs if "--format markdown" in run)
    assert summary.split(" || ")[0].endswith('>> "$GITHUB_STEP_SUMMARY"')
    assert any("--format html --output copydesk-review.html" in run for run in runs)
    assert any(step.get("uses", "").startswith("actions/upload-artifact") and
               step["with"]["path"] == "copydesk-review.html" for step in steps)
    for run in runs:  # every copydesk command line is one the command line accepts
        words = shlex.split(run.split(" >> ")[0].split(" || ")[0])
        build_parser().parse_args(words[1:])
