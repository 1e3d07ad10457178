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


def _steps() -> list[dict]:
    return yaml.safe_load(WORKFLOW.read_text())["jobs"]["copydesk"]["steps"]


def test_one_check_writes_every_report_the_job_uploads():
    import shlex

    from copydesk.cli import build_parser

    steps = _steps()
    checks = [step for step in steps if step.get("run", "").startswith("copydesk check")]
    assert len(checks) == 1  # one run, not one per report
    args = build_parser().parse_args(shlex.split(checks[0]["run"])[1:])
    assert args.format == "github" and args.diff_base and sorted(args.output) == [
        "html=copydesk-review.html", "markdown=copydesk-summary.md", "sarif=copydesk.sarif"]
    assert any(step.get("run") == 'cat copydesk-summary.md >> "$GITHUB_STEP_SUMMARY"' for step in steps)
    assert any(step.get("uses", "").startswith("actions/upload-artifact") and
               step["with"]["path"] == "copydesk-review.html" for step in steps)
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif") and
               step["with"]["sarif_file"] == "copydesk.sarif" for step in steps)


def test_github_values_reach_the_shell_only_through_env():
    for step in _steps():
        assert "${{" not in step.get("run", ""), step["run"]


def test_copydesk_is_installed_from_a_pinned_source_never_by_bare_name():
    workflow = yaml.safe_load(WORKFLOW.read_text())
    source = workflow["env"]["COPYDESK_SOURCE"]
    assert source.startswith("git+https://") and "@" in source.split("github.com/")[1]
    install = next(step["run"] for step in _steps() if step.get("name") == "Install copydesk")
    assert install == 'python -m pip install "copydesk @ ${COPYDESK_SOURCE}"'
