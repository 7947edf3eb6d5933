"""click in Japanese: help pages, usage errors, option notes, and the year type of --start-fy.

click writes its own words in English (Usage, Options, [default: …], "Invalid value");
these classes give the same pages and messages in Japanese, and the command group turns a
bug in any command into one line and exit status 2 instead of a traceback.
"""

from __future__ import annotations

import os
import re
import sys

import click

from .errors import HattatsuError, internal_error
from .normalize import parse_fiscal_year

HELP = "この説明を表示して終了します。"
# Widths in characters: click counts a Japanese character as one column
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def fail(msg: str) -> None:
    """One line on stderr, as every message of hattatsu."""
    click.echo(f"hattatsu: {msg}", err=True)


class JapaneseUsageError(click.UsageError):
    """A usage error shown as one Japanese line and a pointer to -h (exit status 2)."""

    def show(self, file=None) -> None:
        where = f"。使い方は {self.ctx.command_path} -h" if self.ctx else ""
        click.echo(f"hattatsu: {self.message}{where}", err=True)


def _usage_message(e: click.UsageError) -> str:
    """click's usage errors in Japanese (the details click gives stay as they are)."""
    hint = ""
    if isinstance(e, click.BadParameter):
        hint = e.param_hint if isinstance(e.param_hint, str) else (
            e.param.get_error_hint(e.ctx) if e.param and e.ctx else "")
        hint = hint.replace("'", "")
    if isinstance(e, click.MissingParameter):
        return f"{hint or e.param_type or '引数'} を指定してください"
    if isinstance(e, click.BadParameter):
        return f"{hint} の値が正しくありません: {e.message}" if hint else f"値が正しくありません: {e.message}"
    if isinstance(e, click.NoSuchOption):
        return f"{e.option_name} というオプションはありません"
    if m := re.match(r"No such command '(.*)'", e.message):
        return f"{m.group(1)} というコマンドはありません"
    return f"使い方が正しくありません（{e.message}）"


class _Japanese:
    """Help pages with Japanese headings and a Japanese -h."""

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), prefix="使い方: ")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [r for p in self.get_params(ctx) if not isinstance(p, click.Argument)
                and (r := p.get_help_record(ctx)) is not None]
        if rows:
            with formatter.section("オプション"):
                formatter.write_dl(rows)
        if isinstance(self, click.Group):
            rows = [(name, cmd.get_short_help_str(200)) for name in self.list_commands(ctx)
                    if (cmd := self.get_command(ctx, name)) is not None and not cmd.hidden]
            if rows:
                with formatter.section("コマンド"):
                    formatter.write_dl(rows)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP
        return option


class Option(click.Option):
    """An option whose [default: …; required] note is in Japanese (ranges like x>=1 left out)."""

    _EXTRA = re.compile(r"\s+\[([^\[\]]*)\]$")

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        record = super().get_help_record(ctx)
        if record is None:
            return None
        spec, text = record
        m = self._EXTRA.search(text)
        if m:
            notes = []
            for note in m.group(1).split("; "):
                if note.startswith("default: "):
                    notes.append("既定: " + note.removeprefix("default: "))
                elif note == "required":
                    notes.append("必須")
            text = text[: m.start()] + (f"  [{'; '.join(notes)}]" if notes else "")
        return spec, text


def option(*names: str, **kwargs):
    return click.option(*names, cls=Option, **kwargs)


class Command(_Japanese, click.Command):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("options_metavar", "[オプション]")
        super().__init__(*args, **kwargs)


class Main(_Japanese, click.Group):
    """The command group: usage errors in Japanese, and a bug in any command is one line, exit 2."""

    command_class = Command

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("options_metavar", "[オプション]")
        kwargs.setdefault("subcommand_metavar", "コマンド [引数]...")
        super().__init__(*args, **kwargs)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except (JapaneseUsageError, click.exceptions.NoArgsIsHelpError):
            raise
        except click.UsageError as e:  # hattatsu's own options (hattatsu --bogus)
            raise JapaneseUsageError(_usage_message(e), e.ctx) from None

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except JapaneseUsageError:
            raise
        except click.UsageError as e:
            raise JapaneseUsageError(_usage_message(e), e.ctx) from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except HattatsuError as e:  # a command that let one through: still a clean refusal
            fail(str(e))
            sys.exit(2)
        except Exception as e:
            if os.environ.get("HATTATSU_DEBUG"):  # developers: the traceback
                raise
            fail(internal_error(e))
            sys.exit(2)


class FiscalYear(click.ParamType):
    """A fiscal year as users write it: 2031, R13, r13, 令和13, 令和13年度 (full-width digits too)."""

    name = "年度"

    def convert(self, value, param, ctx) -> int:
        if isinstance(value, int):
            return value
        try:
            return parse_fiscal_year(value)
        except ValueError as e:
            self.fail(str(e), param, ctx)


def usage(message: str) -> None:
    """A usage error (exit status 2) of the running command."""
    raise JapaneseUsageError(message, click.get_current_context(silent=True))
