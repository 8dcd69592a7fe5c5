// "打印空白表单": print the page; the print stylesheet (site.css) leaves only the form sheet.
document.addEventListener("click", function (event) {
  if (event.target.closest && event.target.closest("[data-print]")) {
    window.print();
  }
});

// "打印本卡" on a procedure page: print the "接到投诉后" card alone (card.css hides the rest of the page
// while <html> has the class print-card; Ctrl+P without the button still prints the whole page).
document.addEventListener("click", function (event) {
  if (event.target.closest && event.target.closest("[data-print-card]")) {
    document.documentElement.classList.add("print-card");
    window.print();
  }
});
window.addEventListener("afterprint", function () {
  document.documentElement.classList.remove("print-card");
});
