import { DefaultApolloClient } from '@vue/apollo-composable';
import { createApp } from 'vue';
import App from './App.vue';
import { createApolloClient } from './apollo.ts';
import { createAppRouter } from './router.ts';
import './styles.css';

const app = createApp(App);
app.provide(DefaultApolloClient, createApolloClient());
app.use(createAppRouter());
app.mount('#app');
