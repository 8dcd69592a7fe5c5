// Web workers cannot start from pages opened via file:// (a shared folder). There, run Material's
// search worker inside a hidden iframe instead: the worker script gets a window that looks like a
// worker's global scope (postMessage, importScripts, "message" events). Served over http(s) this file
// does nothing. Our own code, standing in for the `iframe-worker` package that the offline plugin
// would otherwise load from a CDN.
(function () {
  "use strict";
  if (location.protocol !== "file:" || typeof EventTarget !== "function") {
    return;
  }

  class IFrameWorker extends EventTarget {
    constructor(url) {
      super();
      this.pending = [];
      this.ready = false;
      this.iframe = document.createElement("iframe");
      this.iframe.hidden = true;
      this.iframe.title = "search worker";
      document.body.appendChild(this.iframe);

      const scope = this.iframe.contentWindow;
      const doc = scope.document;
      const worker = this;
      const load = function (src) {
        return new Promise(function (resolve, reject) {
          const script = doc.createElement("script");
          script.src = new URL(src, scope.location.href === "about:blank" ? document.baseURI : scope.location.href).href;
          script.onload = resolve;
          script.onerror = reject;
          doc.head.appendChild(script);
        });
      };
      // The worker's global scope: messages it posts come out of this object.
      scope.postMessage = function (data) {
        worker.dispatchEvent(new MessageEvent("message", { data: data }));
      };
      scope.importScripts = function () {
        return Array.prototype.reduce.call(arguments, function (chain, src) {
          return chain.then(function () { return load(src); });
        }, Promise.resolve());
      };
      load(new URL(url, document.baseURI).href).then(function () {
        worker.ready = true;
        worker.pending.splice(0).forEach(function (data) { worker.postMessage(data); });
      }, function () {
        worker.dispatchEvent(new Event("error"));
      });
    }

    postMessage(data) {
      if (!this.ready) {
        this.pending.push(data);
        return;
      }
      const scope = this.iframe.contentWindow;
      scope.dispatchEvent(new scope.MessageEvent("message", { data: data }));
    }

    terminate() {
      this.iframe.remove();
    }
  }

  window.IFrameWorker = IFrameWorker;
  window.Worker = IFrameWorker;
})();
