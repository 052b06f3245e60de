"""Writing a document file whole or not at all: the one way letters, drafts and Word files
reach the disk. The content goes to a temporary name beside the target (the same file system)
and is renamed over it when complete, so a reader never sees half a file and a failed write
leaves the old one as it was."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ssb_desktop.errors import N_, AppError

FOLDER_NOT_WRITABLE = N_(
    "Errors", "The folder {folder} cannot be written to. Choose another folder."
)
# A target that cannot be replaced is, on Windows, nearly always open in another program.
OPEN_ELSEWHERE = N_(
    "Errors",
    "{file} cannot be replaced; it may be open in another program. Close it and try again.",
)


def _temporary(path: Path) -> Path:
    return path.with_name(f".~{path.stem}-{os.getpid()}{path.suffix}")


@contextmanager
def written_whole(path: Path, open_elsewhere: str = OPEN_ELSEWHERE) -> Iterator[Path]:
    """Yield the temporary path to write ``path``'s content to; when the block ends without
    an error, rename it over ``path``. A folder that cannot be written and a target that is
    open elsewhere (``open_elsewhere``, with ``{file}``) become a clear :class:`AppError`."""
    temporary = _temporary(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.touch()
    except OSError as error:
        raise AppError(
            FOLDER_NOT_WRITABLE, {"folder": str(path.parent)}, details=str(error)
        ) from error
    try:
        yield temporary
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise AppError(
            FOLDER_NOT_WRITABLE, {"folder": str(path.parent)}, details=str(error)
        ) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    try:
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise AppError(open_elsewhere, {"file": path.name}, details=str(error)) from error


def write_whole(path: Path, data: bytes, open_elsewhere: str = OPEN_ELSEWHERE) -> Path:
    """Write ``data`` to ``path`` whole or not at all (see :func:`written_whole`)."""
    with written_whole(path, open_elsewhere) as temporary:
        temporary.write_bytes(data)
    return path
