import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/select/src/vaadin-select.js';
import 'Frontend/generated/jar-resources/selectConnector.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/notification/src/vaadin-notification.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/scroller/src/vaadin-scroller.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import 'Frontend/generated/jar-resources/menubarConnector.js';
import 'Frontend/generated/jar-resources/contextMenuConnector.js';
import '@vaadin/menu-bar/src/vaadin-menu-bar.js';
import '@vaadin/context-menu/src/vaadin-context-menu.js';
import 'Frontend/generated/jar-resources/contextMenuTargetConnector.js';
import '@vaadin/avatar/src/vaadin-avatar.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '45977b6e42d96a8f8c4ae4da44c48ab510384f16002ae77e50b2788fa8654292') {
    pending.push(import('./chunks/chunk-7df48eae3185c3212d169067c1e45e4d4cbc51d3a83d0534fcc357a41dd584a9.js'));
  }
  if (key === '7b17bcaeba16f5ffe13252984dcc5e117d256d9270d661325fb7d89b9fa9c6a6') {
    pending.push(import('./chunks/chunk-8f9a5cf4e1114f619d31c31023a229c8788f1cfc194ea0c6301d9170dba58933.js'));
  }
  if (key === '8d1d0b9e8f38093a6735720e43d54e26c91c055c774df315b89a5dbe7f571de5') {
    pending.push(import('./chunks/chunk-6cf692e4299efa41c3825f2f6aef07316ad7a14402c06e2f212b555ac60d0a42.js'));
  }
  if (key === '271d110b0d7071b4d67c6cc7eeb5d0568a108684acc929be0573f964581aacc5') {
    pending.push(import('./chunks/chunk-031dcb04cb9bacd8b9ce45360331f0c979ba30cfabe0d6a6281b32aeb3abb2da.js'));
  }
  if (key === 'f0dc0eeeda833c55e2fc936a3e938ffe99c403e68a4f8b1c5b41a1c446b99014') {
    pending.push(import('./chunks/chunk-7df48eae3185c3212d169067c1e45e4d4cbc51d3a83d0534fcc357a41dd584a9.js'));
  }
  if (key === 'c38c94f244469093428205a475b6e6722f879af9bbfe0a40c9b02ef1f302505f') {
    pending.push(import('./chunks/chunk-c9a49e5c70dc7b6881fb72478b5ab0ac79be5d1b38ffe9069b9e3b849090de54.js'));
  }
  if (key === '98735cc7efd79128f6e55ab8ca7d8582e1078f67b8d81a6d6675c54a4e7cf3c2') {
    pending.push(import('./chunks/chunk-6cf692e4299efa41c3825f2f6aef07316ad7a14402c06e2f212b555ac60d0a42.js'));
  }
  if (key === '765a829ec343581d324eeb582965b8eb3765c9919599d9f0cbb098fd6571427e') {
    pending.push(import('./chunks/chunk-e7c497127ffc69b254f63123118b6520229e570717d314426ff239af0066f312.js'));
  }
  if (key === 'cf1e188b5331ab05a3d5e57de3b1d3fb3b8176273c8b53c1d931172ddb8b257d') {
    pending.push(import('./chunks/chunk-967d7bee41143013b4695df8979b00dcdfe2b2dc2e3f6fed72508a0a594cf39f.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}