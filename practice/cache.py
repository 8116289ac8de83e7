"""A Redis cache that keeps the site up while Redis is down."""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_REDIS_AFTER_SECONDS = 30


class FailoverRedisCache(RedisCache):
    """Redis, with this process's memory standing in while Redis does not answer.

    A call that fails is answered from memory instead, and Redis is left alone for
    RETRY_REDIS_AFTER_SECONDS, so a dead Redis costs one timeout, not one per request.
    Losing Redis and getting it back are each logged once; what was kept in memory meanwhile
    is dropped when Redis is back.
    """

    def __init__(self, server, params):
        super().__init__(server, params)
        self._memory = LocMemCache(f"redis-failover:{server}", params)
        self._redis_failing = False
        self._retry_redis_at = 0.0

    def _call(self, method, *args, **kwargs):
        if time.monotonic() >= self._retry_redis_at:
            try:
                result = getattr(super(), method)(*args, **kwargs)
            except RedisError as error:
                if not self._redis_failing:
                    logger.warning(
                        "Redis does not answer (%s); caching in this process's memory and "
                        "trying Redis again every %s seconds.",
                        error,
                        RETRY_REDIS_AFTER_SECONDS,
                    )
                self._redis_failing = True
                self._retry_redis_at = time.monotonic() + RETRY_REDIS_AFTER_SECONDS
            else:
                if self._redis_failing:
                    logger.warning("Redis answers again; caching in Redis.")
                    self._redis_failing = False
                    self._memory.clear()
                return result
        return getattr(self._memory, method)(*args, **kwargs)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", key, value, timeout, version=version)

    def get(self, key, default=None, version=None):
        return self._call("get", key, default, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", key, value, timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", key, timeout, version=version)

    def delete(self, key, version=None):
        return self._call("delete", key, version=version)

    def get_many(self, keys, version=None):
        return self._call("get_many", keys, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", key, version=version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", key, delta, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", data, timeout, version=version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", keys, version=version)

    def clear(self):
        self._memory.clear()
        return self._call("clear")
