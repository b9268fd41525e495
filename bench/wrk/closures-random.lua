-- wrk script: "closed at t on road R" with a different road and time on each request, over the synthetic
-- national set of the store benchmark (roads M1-M60 and A1 to A<AROADS>, 240 unless the environment variable AROADS
-- says otherwise, as StoreBenchmark --a-roads did; times through 2027). PAGE=home asks the home page (HTML) the same
-- question instead of the API; PAGE=road asks for the road's page (its picture of seven nights from that day), or
-- with WEEK=yyyy-mm-dd every road's page for that one week, as visitors mostly ask for the coming nights.
-- PACE=ms makes each connection wait that long after each answer before it asks again, so that the load is held
-- near a chosen rate (connections / (PACE + answer time)) instead of as fast as the machine can go.
-- Each of wrk's threads runs this script in its own Lua state: seeded alike, they asked the same questions in the same
-- order, so half the requests repeated one asked a moment before (and a page kept drawn answered it). Each thread has
-- its own seed.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("seed", 42 + threads)
end
function init(args)
  math.randomseed(seed or 42)
end
local pace = tonumber(os.getenv("PACE") or "0")
if pace > 0 then
  delay = function() return pace end
end
local aroads = tonumber(os.getenv("AROADS") or "240")
local page = os.getenv("PAGE")
local week = os.getenv("WEEK")
request = function()
  local road
  if math.random(5) == 1 then road = "M" .. math.random(60) else road = "A" .. math.random(aroads) end
  local day = math.random(0, 299)
  local t = os.time({year = 2027, month = 1, day = 4 + day, hour = math.random(0, 23), min = math.random(0, 59)})
  local at = os.date("!%Y-%m-%dT%H:%M:00Z", t)
  if page == "road" and week then
    return wrk.format("GET", "/roadworks/roads/" .. road .. "?from=" .. week)
  elseif page == "road" then
    return wrk.format("GET", "/roadworks/roads/" .. road .. "?from=" .. os.date("!%Y-%m-%d", t))
  elseif page == "home" then
    return wrk.format("GET", "/?when=at&road=" .. road .. "&at=" .. at)
  end
  return wrk.format("GET", "/api/roadworks/closures?road=" .. road .. "&at=" .. at)
end
