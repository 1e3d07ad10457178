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
