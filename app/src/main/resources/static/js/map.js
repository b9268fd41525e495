// Draws the WZDx feed's road events on a map. Map tiles come from OpenStreetMap when the browser can reach it;
// without them the works are still drawn, on a plain background.
(function () {
  var map = L.map('map').setView([52.5, -1.9], 9);
  L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 18, attribution: '&copy; OpenStreetMap contributors'
  }).addTo(map);
  var colours = { 'all-lanes-closed': '#d4351c', 'all-lanes-open': '#1d70b8' };
  fetch('/feeds/wzdx.geojson').then(function (r) { return r.json(); }).then(function (feed) {
    var layer = L.geoJSON(feed, {
      style: function (f) { return { color: colours[f.properties.vehicle_impact] || '#f47738', weight: 6 }; },
      pointToLayer: function (f, latlng) { return L.circleMarker(latlng, { radius: 7 }); },
      onEachFeature: function (f, l) {
        var p = f.properties, d = document.createElement('div');
        d.textContent = p.core_details.description + ' ' + p.start_date + ' to ' + p.end_date;
        l.bindPopup(d);
      }
    }).addTo(map);
    if (feed.features.length) { map.fitBounds(layer.getBounds(), { padding: [20, 20] }); }
  });
})();
