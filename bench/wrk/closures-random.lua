-- wrk script: "closed at t on road R" with a different road and time on each request, over the synthetic
-- national set of the store benchmark (roads M1-M60 and A1 to A<AROADS>, 240 unless the environment variable AROADS
-- says otherwise, as StoreBenchmark --a-roads did; times through 2027).
math.randomseed(42)
local aroads = tonumber(os.getenv("AROADS") or "240")
request = function()
  local road
  if math.random(5) == 1 then road = "M" .. math.random(60) else road = "A" .. math.random(aroads) end
  local day = math.random(0, 299)
  local t = os.time({year = 2027, month = 1, day = 4 + day, hour = math.random(0, 23), min = math.random(0, 59)})
  return wrk.format("GET", "/api/roadworks/closures?road=" .. road .. "&at=" .. os.date("!%Y-%m-%dT%H:%M:00Z", t))
end
