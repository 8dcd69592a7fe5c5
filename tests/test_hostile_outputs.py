"""Hostile places to write to and hostile side files: a signal mid-report, an `--output` that cannot be a file,
oversized hand-written profiles, and a defect nobody foresaw — each one clear line and exit 2 (or the signal's
code), never a traceback and never a partial report left with case data in it."""

from __future__ import annotations

import os
import signal

import pytest

import checker.reports as reports
from checker.catalog.yamlsafe import SIDE_FILE_BYTES
from checker.cli import main

S42 = ["--procedure", "s42-telecom-user-appeals"]
EXAMPLE = "examples/s42-telecom-cases.csv"
MAPPING = ["--mapping", "examples/s42-mapping.yaml"]


@pytest.fixture(autouse=True)
def in_repo(repo, monkeypatch):
    monkeypatch.chdir(repo)


def audit(*extra: str) -> list[str]:
    return ["audit", EXAMPLE, *S42, *MAPPING, "--as-of", "2025-04-01", "--fail-on", "never", *extra]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_while_the_report_is_written_leaves_no_partial_file(tmp_path, monkeypatch, signum):
    real = reports.open_output

    def killed_midway(*args, **kwargs):
        stream_context = real(*args, **kwargs)
        stream = stream_context.__enter__()
        stream.write("<html>半份报告，含案件数据")
        try:
            os.kill(os.getpid(), signum)   # delivered to our handler before the next line runs
        except BaseException:
            stream_context.__exit__(*__import__("sys").exc_info())
            raise
        raise AssertionError("the signal did not stop the run")

    monkeypatch.setattr(reports, "open_output", killed_midway)
    before = signal.getsignal(signum)
    with pytest.raises(SystemExit) as stop:
        main(audit("--format", "html", "--output", str(tmp_path / "report.html")))
    assert stop.value.code == 128 + signum
    assert list(tmp_path.iterdir()) == []
    assert signal.getsignal(signum) == before   # the handler is the CLI's only while it runs


def test_output_naming_a_folder_is_one_clear_error(tmp_path, capsys):
    assert main(audit("--output", str(tmp_path))) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"错误：{tmp_path}: 是一个文件夹") and "Traceback" not in err


def test_output_under_a_file_is_one_clear_error(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    assert main(audit("--output", str(blocker / "sub" / "report.json"))) == 2
    err = capsys.readouterr().err
    assert f"因为 {blocker} 是文件而不是文件夹" in err
    assert blocker.read_text(encoding="utf-8") == "x"


@pytest.mark.parametrize("option", ["--mapping", "--calendar"])
def test_an_oversized_side_file_is_refused_before_it_is_parsed(tmp_path, capsys, option):
    big = tmp_path / "big.yaml"
    with open(big, "w", encoding="utf-8") as f:
        f.write("procedure: s42-telecom-user-appeals\nvalues:\n  x:\n")
        line = "    '值': v\n"
        f.write(line * (SIDE_FILE_BYTES // len(line.encode()) + 1))
    args = ["audit", EXAMPLE, *S42, "--as-of", "2025-04-01", option, str(big)]
    if option == "--calendar":
        args += MAPPING
    assert main(args) == 2
    err = capsys.readouterr().err
    assert str(big) in err and "超过此类手写配置文件的上限 1 MiB" in err


def test_a_stats_satisfaction_file_has_the_same_limit(tmp_path, capsys):
    big = tmp_path / "satisfaction.yaml"
    big.write_bytes(b"#" * (SIDE_FILE_BYTES + 1))
    assert main(["stats", EXAMPLE, *S42, *MAPPING, "--period", "2025-02", "--satisfaction", str(big)]) == 2
    assert "超过此类手写配置文件的上限" in capsys.readouterr().err


def test_an_alias_in_a_mapping_is_not_called_a_catalog_error(tmp_path, capsys):
    profile = tmp_path / "map.yaml"
    profile.write_text("procedure: s42-telecom-user-appeals\ncolumns: &c {投诉编号: case_number}\nx: *c\n",
                       encoding="utf-8")
    assert main(["audit", EXAMPLE, *S42, "--mapping", str(profile)]) == 2
    err = capsys.readouterr().err
    assert f"{profile}:3: aliases (*name) are not allowed" in err and "catalog" not in err


def test_an_unforeseen_defect_is_one_line_naming_the_input_and_exit_2(tmp_path, capsys, monkeypatch):
    def broken(*args, **kwargs):
        raise KeyError("internal")

    monkeypatch.setattr("checker.audit.run_audit", broken)
    assert main(audit("--format", "json")) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"错误：处理 {EXAMPLE}、examples/s42-mapping.yaml 时出现意外错误：KeyError")
    assert "Traceback" not in err and err.count("\n") == 1
    monkeypatch.setenv("CHECKER_DEBUG", "1")
    with pytest.raises(KeyError):
        main(audit("--format", "json"))
