-- wrk script for bench/pages.py: one line of figures at the end, and with BENCH_COLD=1 every
-- request asks for an address never asked before (a new query string), so none is cached.

if os.getenv("BENCH_COLD") == "1" then
  local counter = 0
  local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
  request = function()
    counter = counter + 1
    return wrk.format(nil, wrk.path .. separator .. "cold=" .. counter)
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d errors=%d\n",
    summary.requests,
    summary.duration,
    latency:percentile(50),
    latency:percentile(99),
    errors.connect + errors.read + errors.write + errors.status + errors.timeout
  ))
end
