-- A wrk script that offers a constant rate instead of sending as fast as the server answers:
-- RATE requests per second over wrk's THREADS threads (environment variables). Each thread sends
-- its share on an even schedule: a connection whose answer came back waits for the thread's next
-- free slot (wrk's delay(), in whole milliseconds). wrk times each request from its send, so two
-- servers offered the same rate are compared at the same load, which a closed loop does not do
-- when one of them answers faster. A thread that falls behind does not burst to catch up: the
-- rate it reaches is then lower, and wrk's requests per second shows it.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } constant_rate_timespec;
int clock_gettime(int clock, constant_rate_timespec *now);
]]

local CLOCK_MONOTONIC = 1
local clock = ffi.new("constant_rate_timespec")

local function millis()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local rate = tonumber(os.getenv("RATE") or error("RATE (requests per second) is missing"))
local interval = 1000 * tonumber(os.getenv("THREADS") or "2") / rate
local next_slot

function delay()
  local now = millis()
  if next_slot == nil or next_slot < now then
    next_slot = now
  end
  local wait = next_slot - now
  next_slot = next_slot + interval
  return math.floor(wait)
end
