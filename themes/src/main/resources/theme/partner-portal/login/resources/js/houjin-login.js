// Switches between the 法人の方 and 個人の方 tabs without a round trip; the server renders the initial tab.
document.addEventListener("DOMContentLoaded", function () {
  var tabs = document.querySelectorAll(".houjin-tab");
  tabs.forEach(function (tab) {
    tab.addEventListener("click", function () {
      tabs.forEach(function (other) {
        var selected = other === tab;
        other.setAttribute("aria-selected", String(selected));
        document.getElementById(other.getAttribute("aria-controls")).hidden = !selected;
      });
    });
  });
});
