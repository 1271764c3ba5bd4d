// Profile completion page: 表示 / 非表示 for the new password, and the realm's password rules ticked off while
// typing. The rules come from the server (same config it judges with); the server still checks on submit.
document.addEventListener("DOMContentLoaded", function () {
  var button = document.getElementById("houjin-show-password");
  var input = document.getElementById("password");
  if (!input) {
    return;
  }
  if (button) {
    button.addEventListener("click", function () {
      var show = input.type === "password";
      input.type = show ? "text" : "password";
      button.textContent = show ? button.dataset.hide : button.dataset.show;
    });
  }
  var list = document.getElementById("houjin-password-rules");
  if (!list) {
    return;
  }
  var userId = list.dataset.userId || "";
  function count(value, test) {
    var n = 0;
    for (var i = 0; i < value.length; i++) {
      if (test(value.charAt(i))) {
        n++;
      }
    }
    return n;
  }
  function inSet(set) {
    return function (c) { return set.indexOf(c) >= 0; };
  }
  var checks = {
    length: function (v, p1, p2) { return v.length >= Number(p1) && v.length <= Number(p2); },
    upper: function (v, p1) { return count(v, function (c) { return c >= "A" && c <= "Z"; }) >= Number(p1); },
    lower: function (v, p1) { return count(v, function (c) { return c >= "a" && c <= "z"; }) >= Number(p1); },
    letter: function (v, p1) { return count(v, function (c) { return /[A-Za-z]/.test(c); }) >= Number(p1); },
    digit: function (v, p1) { return count(v, function (c) { return c >= "0" && c <= "9"; }) >= Number(p1); },
    symbol: function (v, p1, p2) { return count(v, inSet(p2)) >= Number(p1); },
    halfwidth: function (v) { return count(v, function (c) { return c.charCodeAt(0) > 0x7e; }) === 0; },
    allowed: function (v, p1) {
      return count(v, function (c) { return !/[A-Za-z0-9]/.test(c) && p1.indexOf(c) < 0; }) === 0;
    },
    alphanumeric: function (v) { return count(v, function (c) { return !/[A-Za-z0-9]/.test(c); }) === 0; },
    notUserId: function (v) { return v !== userId && v.toLowerCase() !== userId.toLowerCase(); }
  };
  var items = list.querySelectorAll("li[data-rule]");
  function update() {
    var value = input.value;
    items.forEach(function (item) {
      var check = checks[item.dataset.rule];
      var state = value === "" || !check ? "pending" : (check(value, item.dataset.p1, item.dataset.p2) ? "ok" : "ng");
      item.dataset.state = state;
    });
  }
  input.addEventListener("input", update);
  update();
});
