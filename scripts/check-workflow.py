#!/usr/bin/env python3
"""Parses .github/workflows/ci.yml (which only GitHub can run) and checks its shape: the three jobs,
each checking out the code and running steps, the installers built and installed, no step without
`run` or `uses`."""
import pathlib
import sys

import yaml

path = pathlib.Path(__file__).resolve().parent.parent / ".github/workflows/ci.yml"
doc = yaml.safe_load(path.read_text(encoding="utf-8"))
errors = []
jobs = doc.get("jobs", {})
for name, runner in (("ubuntu", "ubuntu"), ("windows", "windows"), ("macos", "macos")):
    job = jobs.get(name)
    if not job:
        errors.append(f"no job '{name}'")
        continue
    if not str(job.get("runs-on", "")).startswith(runner):
        errors.append(f"{name}: runs-on is {job.get('runs-on')!r}")
    steps = job.get("steps", [])
    if not steps or not str(steps[0].get("uses", "")).startswith("actions/checkout@"):
        errors.append(f"{name}: the first step does not check out the code")
    for i, step in enumerate(steps):
        if ("run" in step) == ("uses" in step):
            errors.append(f"{name}: step {i} needs exactly one of run and uses")
    text = yaml.safe_dump(job)
    for needle in {"ubuntu": ["scripts/test.sh", "scripts/package.sh", "scripts/fresh-build.sh"],
                   "windows": ["install-qt-action", "candle.exe", "light.exe", "msiexec", "ctest"],
                   "macos": ["install-qt-action", "cpack -G DragNDrop", "hdiutil", "ctest"]}[name]:
        if needle not in text:
            errors.append(f"{name}: nothing runs {needle}")
# YAML 1.1 reads a bare `on:` as True; GitHub reads it as the trigger.
if "on" not in doc and True not in doc:
    errors.append("no triggers (on:)")
for e in errors:
    print(f"FAIL: {path.name}: {e}", file=sys.stderr)
if errors:
    sys.exit(1)
print(f"ok   {path.name}: jobs {', '.join(jobs)} parse and have their steps")
