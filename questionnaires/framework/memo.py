"""Reads of stored data made once while the rules run many times over (see
``what_would_change``): the answers change between the runs, the stored data does not."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")

_MEMO: ContextVar[dict | None] = ContextVar("memo", default=None)


@contextmanager
def reads_made_once() -> Iterator[None]:
    """Within this block, :func:`read_once` reads each key once."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def read_once(key: Hashable, read: Callable[[], T]) -> T:
    """``read()``, made once per key within :func:`reads_made_once` (every time outside)."""
    memo = _MEMO.get()
    if memo is None:
        return read()
    if key not in memo:
        memo[key] = read()
    return memo[key]
