// Loaded only into a test copy of report.html, inside an iframe of the width under test (headless Chromium will not
// make a window narrower than 500 px, a frame can be). Once the page has loaded, every <details> is opened, so that
// the working and the plot data are laid out too, and the page's layout is measured: the viewport's width, the
// document's scroll width, every element whose right edge passes the viewport (the widest first), and in each chart
// every text that leaves the drawing or overlaps another text. The result goes to the parent page as JSON.
addEventListener('load', function () {
  document.querySelectorAll('details').forEach(function (details) { details.open = true; });
  var viewport = document.documentElement.clientWidth;
  var describe = function (element) {
    var name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '');
    var css = element.getAttribute('class');
    return name + (css ? '.' + css.trim().split(/\s+/).join('.') : '');
  };
  var widest = {element: '', right: 0};
  var overflowing = [];
  document.querySelectorAll('body *').forEach(function (element) {
    var box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) {
      return;
    }
    if (box.right > widest.right) {
      widest = {element: describe(element), right: box.right};
    }
    if (box.right > viewport + 0.5) {
      overflowing.push({element: describe(element), right: box.right});
    }
  });
  overflowing.sort(function (a, b) { return b.right - a.right; });
  var texts = [];
  document.querySelectorAll('figure.plot > svg').forEach(function (svg) {
    var frame = svg.getBoundingClientRect();
    var boxes = Array.prototype.map.call(svg.querySelectorAll('text'), function (text) {
      return {text: text.textContent, box: text.getBoundingClientRect()};
    });
    boxes.forEach(function (one, i) {
      var box = one.box;
      if (box.left < frame.left - 0.5 || box.top < frame.top - 0.5 || box.right > frame.right + 0.5
          || box.bottom > frame.bottom + 0.5) {
        texts.push(svg.id + ': "' + one.text + '" leaves the drawing');
      }
      for (var j = i + 1; j < boxes.length; j++) {
        var other = boxes[j].box;
        var across = Math.min(box.right, other.right) - Math.max(box.left, other.left);
        var down = Math.min(box.bottom, other.bottom) - Math.max(box.top, other.top);
        if (across > 0.5 && down > 0.5) {
          texts.push(svg.id + ': "' + one.text + '" overlaps "' + boxes[j].text + '"');
        }
      }
    });
  });
  parent.postMessage(JSON.stringify({viewport: viewport, scrollWidth: document.documentElement.scrollWidth,
    widest: widest, overflowing: overflowing.slice(0, 20), overflowingCount: overflowing.length,
    charts: document.querySelectorAll('figure.plot > svg').length, texts: texts}), '*');
});
